package org.regionet.cli;

import java.io.PrintStream;
import java.util.List;

import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelProblem.Severity;

/**
 * The result of a check as text for people or JSON for machines, and the exit code it implies.
 */
public record ProblemReport(int fileCount, List<ModelProblem> problems) {

	private static final String IO_CODE_PREFIX = "regionet.io.";

	/** Problems by file, then position, as compilers print them. */
	public static final java.util.Comparator<ModelProblem> ORDER = java.util.Comparator.comparing(ModelProblem::file)
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

	public void printText(PrintStream out) {
		for (ModelProblem problem : problems) {
			out.println(problem.format());
		}
		out.println(fileCount + " file(s) checked: " + count(Severity.ERROR) + " error(s), " + count(Severity.WARNING)
				+ " warning(s).");
	}

	public String toJson() {
		StringBuilder json = new StringBuilder();
		json.append("{\"files\":").append(fileCount).append(",\"errors\":").append(count(Severity.ERROR))
				.append(",\"warnings\":").append(count(Severity.WARNING)).append(",\"problems\":[");
		for (int i = 0; i < problems.size(); i++) {
			ModelProblem p = problems.get(i);
			json.append(i == 0 ? "" : ",").append("\n  {\"file\":").append(Json.quote(p.file())).append(",\"line\":")
					.append(p.line()).append(",\"column\":").append(p.column()).append(",\"severity\":")
					.append(Json.quote(p.severity().label())).append(",\"message\":").append(Json.quote(p.message()))
					.append(",\"code\":").append(p.code() == null ? "null" : Json.quote(p.code())).append('}');
		}
		return json.append("\n]}").toString();
	}
}
