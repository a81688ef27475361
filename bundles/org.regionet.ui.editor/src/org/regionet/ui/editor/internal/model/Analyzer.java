package org.regionet.ui.editor.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.regionet.ui.editor.internal.edit.FoldingRegions;
import org.regionet.ui.editor.internal.highlight.SemanticHighlights;
import org.regionet.ui.editor.internal.outline.OutlineBuilder;
import org.regionet.ui.editor.internal.problems.Problem;

import com.google.inject.Injector;

/**
 * Validates a parsed file and derives what the editor shows from it: problems, semantic highlighting, folding
 * regions and the outline. Runs in the reconcile job while the project model is locked.
 */
public final class Analyzer {

	private final IResourceValidator validator;
	private final ISemanticHighlightingCalculator highlighting;

	public Analyzer(Injector injector) {
		validator = injector.getInstance(IResourceValidator.class);
		highlighting = injector.getInstance(ISemanticHighlightingCalculator.class);
	}

	/** @return the analysis, or {@code null} when cancelled */
	public Analysis analyze(XtextResource resource, long stamp, CancelIndicator cancel) {
		List<Problem> problems = problems(resource, cancel);
		if (cancel.isCanceled()) {
			return null;
		}
		return new Analysis(stamp, problems, SemanticHighlights.compute(resource, highlighting, cancel),
				FoldingRegions.compute(resource), OutlineBuilder.build(resource));
	}

	public List<Problem> problems(XtextResource resource, CancelIndicator cancel) {
		List<Problem> problems = new ArrayList<>();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
			Problem problem = Problem.of(issue);
			if (problem != null) {
				problems.add(problem);
			}
		}
		return problems;
	}
}
