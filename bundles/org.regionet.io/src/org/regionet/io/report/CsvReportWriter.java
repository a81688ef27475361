package org.regionet.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.regionet.analysis.Finding;
import org.regionet.dsl.workspace.ModelProblem;

/**
 * One row per problem or finding, for spreadsheets. Cells are quoted and guarded against formula injection.
 */
public class CsvReportWriter implements ReportWriter {

	static final List<String> HEADER = List.of("type", "kind", "severity", "score", "file", "line", "column",
			"elements", "message", "evidence");

	@Override
	public void write(CheckReport report, Writer out) throws IOException {
		row(out, HEADER);
		for (ModelProblem p : report.problems()) {
			row(out, List.of("problem", p.code() == null ? "" : p.code(), p.severity().label(), "", p.file(),
					String.valueOf(p.line()), String.valueOf(p.column()), "", p.message(), ""));
		}
		if (report.analysed()) {
			for (Finding f : report.analysis().findings()) {
				SourceLocation at = report.locate(f.elements().isEmpty() ? null : f.elements().get(0));
				row(out, List.of("finding", f.kind().getLiteral(), f.severity().name().toLowerCase(Locale.ROOT),
						String.format(Locale.ROOT, "%.3f", f.score()), at.file(), String.valueOf(at.line()),
						String.valueOf(at.column()), String.join(" ", f.elementNames()), f.message(),
						f.evidence().stream().map(Object::toString).collect(Collectors.joining("; "))));
			}
		}
	}

	private static void row(Writer out, List<String> cells) throws IOException {
		out.write(cells.stream().map(CsvCells::escape).collect(Collectors.joining(",")));
		out.write("\r\n");
	}
}
