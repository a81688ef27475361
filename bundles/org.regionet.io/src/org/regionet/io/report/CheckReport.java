package org.regionet.io.report;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import org.regionet.analysis.AnalysisResult;
import org.regionet.dsl.workspace.ModelProblem;

/**
 * Everything one run of {@code regionet check} found: validation problems and, when the models were valid enough
 * to analyse, the analysis result (else null).
 */
public record CheckReport(Path base, int fileCount, List<ModelProblem> problems, AnalysisResult analysis,
		Function<Resource, String> fileNames) {

	/** Where an element is written, with the file named as the user named it on the command line. */
	public SourceLocation locate(EObject element) {
		SourceLocation at = SourceLocation.of(element);
		if (element != null && element.eResource() != null && fileNames != null) {
			String name = fileNames.apply(element.eResource());
			if (name != null) {
				return new SourceLocation(name, at.line(), at.column());
			}
		}
		return at;
	}

	public long errors() {
		return problems.stream().filter(p -> p.severity() == ModelProblem.Severity.ERROR).count();
	}

	public long warnings() {
		return problems.stream().filter(p -> p.severity() == ModelProblem.Severity.WARNING).count();
	}

	public boolean analysed() {
		return analysis != null;
	}
}
