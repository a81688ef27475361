package org.regionet.diagram.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.diagram.view.Diagram;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;

/**
 * Puts each validation problem on the diagram node of the element it is about: the innermost element at the
 * problem's position that the diagram shows (a problem in a membership lands on its committee when memberships
 * are drawn as edges). Problems about elements the representation does not show are left out.
 */
public final class ProblemDecorations {

	private ProblemDecorations() {
	}

	/** Problems (errors and warnings) by node key, worst first. */
	public static Map<String, List<ModelProblem>> of(ModelWorkspace workspace, List<ModelProblem> problems,
			Diagram diagram) {
		Map<String, Resource> byFile = new HashMap<>();
		for (Resource resource : workspace.resourceSet().getResources()) {
			if (workspace.pathOf(resource) != null) {
				byFile.put(workspace.pathOf(resource).toString(), resource);
			}
		}
		Map<String, List<ModelProblem>> decorations = new LinkedHashMap<>();
		for (ModelProblem problem : problems) {
			if (problem.severity() == ModelProblem.Severity.INFO || problem.line() <= 0
					|| !(byFile.get(problem.file()) instanceof XtextResource resource)) {
				continue;
			}
			String key = ShownElements.keyAt(resource, offset(resource, problem.line(), problem.column()), diagram);
			if (key != null) {
				decorations.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
			}
		}
		decorations.values().forEach(list -> list.sort((a, b) -> a.severity().compareTo(b.severity())));
		return decorations;
	}

	/** The offset of a 1-based line and column in the resource's text, or -1. */
	static int offset(XtextResource resource, int line, int column) {
		String text = resource.getParseResult().getRootNode().getText();
		int offset = 0;
		for (int current = 1; current < line; current++) {
			offset = text.indexOf('\n', offset) + 1;
			if (offset == 0) {
				return -1;
			}
		}
		return Math.min(text.length(), offset + Math.max(0, column - 1));
	}
}
