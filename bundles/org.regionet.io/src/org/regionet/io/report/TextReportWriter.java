package org.regionet.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.dsl.workspace.ModelProblem;

/**
 * Compiler-style lines, {@code file:line:col: severity: message [code]}, for problems and findings alike, so
 * editors and CI logs can jump to them; evidence follows each finding, indented.
 */
public class TextReportWriter implements ReportWriter {

	@Override
	public void write(CheckReport report, Writer out) throws IOException {
		for (ModelProblem problem : report.problems()) {
			out.write(problem.format() + "\n");
		}
		if (report.analysed()) {
			for (Finding finding : report.analysis().findings()) {
				SourceLocation at = report.locate(finding.elements().isEmpty() ? null : finding.elements().get(0));
				out.write(String.format(Locale.ROOT, "%s:%d:%d: %s: %s (score %.2f) [%s]%n", at.file(), at.line(),
						at.column(), finding.severity().name().toLowerCase(Locale.ROOT), finding.message(), finding.score(),
						"regionet.finding." + finding.kind().getLiteral()));
				for (Evidence evidence : finding.evidence()) {
					out.write("    " + evidence + "\n");
				}
			}
		}
		out.write(report.fileCount() + " file(s) checked: " + report.errors() + " error(s), " + report.warnings()
				+ " warning(s)");
		if (report.analysed()) {
			out.write(", " + report.analysis().findings().size() + " finding(s), "
					+ report.analysis().accepted().size() + " accepted");
		} else if (report.errors() > 0) {
			out.write("; analysis skipped until the errors are fixed");
		}
		out.write(".\n");
	}
}
