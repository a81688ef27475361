package org.regionet.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.regionet.analysis.AcceptedFinding;
import org.regionet.analysis.CoverageMatrix;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.dsl.workspace.ModelProblem;

/**
 * Machine-readable report: problems, findings with evidence and locations, accepted findings, coverage matrix.
 */
public class JsonReportWriter implements ReportWriter {

	@Override
	public void write(CheckReport report, Writer out) throws IOException {
		out.write("{\"files\":" + report.fileCount() + ",\"errors\":" + report.errors() + ",\"warnings\":"
				+ report.warnings() + ",\n\"problems\":[");
		List<ModelProblem> problems = report.problems();
		for (int i = 0; i < problems.size(); i++) {
			ModelProblem p = problems.get(i);
			out.write((i == 0 ? "\n" : ",\n") + " {\"file\":" + Json.quote(p.file()) + ",\"line\":" + p.line()
					+ ",\"column\":" + p.column() + ",\"severity\":" + Json.quote(p.severity().label()) + ",\"message\":"
					+ Json.quote(p.message()) + ",\"code\":" + Json.quote(p.code()) + "}");
		}
		out.write("]");
		if (report.analysed()) {
			out.write(",\n\"findings\":[");
			writeFindings(report, report.analysis().findings(), out);
			out.write("],\n\"accepted\":[");
			List<AcceptedFinding> accepted = report.analysis().accepted();
			for (int i = 0; i < accepted.size(); i++) {
				out.write((i == 0 ? "\n" : ",\n") + " {\"reason\":" + Json.quote(accepted.get(i).reason())
						+ ",\"finding\":");
				writeFinding(report, accepted.get(i).finding(), out);
				out.write("}");
			}
			out.write("],\n\"coverage\":");
			writeCoverage(report.analysis().coverage(), out);
		}
		out.write("}\n");
	}

	private static void writeFindings(CheckReport report, List<Finding> findings, Writer out) throws IOException {
		for (int i = 0; i < findings.size(); i++) {
			out.write(i == 0 ? "\n " : ",\n ");
			writeFinding(report, findings.get(i), out);
		}
	}

	private static void writeFinding(CheckReport report, Finding f, Writer out) throws IOException {
		out.write("{\"id\":" + Json.quote(f.id()) + ",\"kind\":" + Json.quote(f.kind().getLiteral()) + ",\"severity\":"
				+ Json.quote(f.severity().name().toLowerCase()) + ",\"score\":" + Json.number(f.score())
				+ ",\"message\":" + Json.quote(f.message()) + ",\"elements\":[");
		for (int i = 0; i < f.elements().size(); i++) {
			SourceLocation at = report.locate(f.elements().get(i));
			out.write((i == 0 ? "" : ",") + "{\"name\":" + Json.quote(f.elementNames().get(i)) + ",\"file\":"
					+ Json.quote(at.file()) + ",\"line\":" + at.line() + ",\"column\":" + at.column() + "}");
		}
		out.write("],\"evidence\":[");
		for (int i = 0; i < f.evidence().size(); i++) {
			Evidence e = f.evidence().get(i);
			out.write((i == 0 ? "" : ",") + "{\"attribute\":" + Json.quote(e.attribute()) + ",\"value\":"
					+ Json.number(e.value()) + ",\"explanation\":" + Json.quote(e.explanation()) + "}");
		}
		out.write("]}");
	}

	private static void writeCoverage(CoverageMatrix coverage, Writer out) throws IOException {
		out.write("{\"fields\":[");
		for (int f = 0; f < coverage.fields().size(); f++) {
			out.write((f == 0 ? "" : ",") + Json.quote(ElementNames.qualifiedName(coverage.fields().get(f))));
		}
		out.write("],\"regions\":[");
		for (int r = 0; r < coverage.regions().size(); r++) {
			out.write((r == 0 ? "\n " : ",\n ") + "{\"region\":"
					+ Json.quote(ElementNames.qualifiedName(coverage.regions().get(r))) + ",\"counts\":[");
			for (int f = 0; f < coverage.fields().size(); f++) {
				out.write((f == 0 ? "" : ",") + coverage.count(r, f));
			}
			out.write("]}");
		}
		out.write("]}\n");
	}
}
