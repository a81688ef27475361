package org.regionet.cli;

import java.util.Comparator;
import java.util.List;

import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelProblem.Severity;

/**
 * Validation problems of a check and the exit code they imply.
 */
public record ProblemReport(int fileCount, List<ModelProblem> problems) {

	private static final String IO_CODE_PREFIX = "regionet.io.";

	/** Problems by file, then position, as compilers print them. */
	public static final Comparator<ModelProblem> ORDER = Comparator.comparing(ModelProblem::file)
			.thenComparingInt(ModelProblem::line).thenComparingInt(ModelProblem::column);

	public long count(Severity severity) {
		return problems.stream().filter(p -> p.severity() == severity).count();
	}

	/** 2 when a path could not be read, 1 when a model has errors, else 0. */
	public int exitCode() {
		boolean ioError = problems.stream().anyMatch(p -> p.code() != null && p.code().startsWith(IO_CODE_PREFIX));
		if (ioError) {
			return CheckCommand.EXIT_USAGE;
		}
		return count(Severity.ERROR) > 0 ? CheckCommand.EXIT_ERRORS : CheckCommand.EXIT_OK;
	}
}
