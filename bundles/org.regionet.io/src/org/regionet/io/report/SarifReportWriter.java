package org.regionet.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.model.FindingKind;

/**
 * SARIF 2.1.0, so code hosts show problems and findings on the lines of the .regio files. File URIs are relative
 * to the base folder (the repository root when run from there).
 */
public class SarifReportWriter implements ReportWriter {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	@Override
	public void write(CheckReport report, Writer out) throws IOException {
		Map<String, String> rules = new LinkedHashMap<>();
		List<String> results = new ArrayList<>();
		for (ModelProblem p : report.problems()) {
			String rule = p.code() == null ? "regionet.syntax" : p.code();
			rules.putIfAbsent(rule, "Validation: " + rule);
			results.add(result(rule, level(p.severity()), p.message(), location(report, p.file(), p.line(), p.column()),
					"", ""));
		}
		if (report.analysed()) {
			for (Finding f : report.analysis().findings()) {
				String rule = "regionet.finding." + f.kind().getLiteral();
				rules.putIfAbsent(rule, describe(f.kind()));
				List<SourceLocation> where = f.elements().stream().map(report::locate).toList();
				String primary = where.isEmpty() ? "" : location(report, where.get(0));
				StringBuilder related = new StringBuilder();
				for (int i = 1; i < where.size(); i++) {
					related.append(i == 1 ? "" : ",").append(location(report, where.get(i)).replaceFirst("\\{",
							"{\"id\":" + i + ",\"message\":{\"text\":" + Json.quote(f.elementNames().get(i)) + "},"));
				}
				StringBuilder properties = new StringBuilder("\"score\":" + Json.number(f.score()) + ",\"evidence\":[");
				for (int i = 0; i < f.evidence().size(); i++) {
					Evidence e = f.evidence().get(i);
					properties.append(i == 0 ? "" : ",").append(Json.quote(e.toString()));
				}
				properties.append("],\"elements\":[");
				for (int i = 0; i < f.elementNames().size(); i++) {
					properties.append(i == 0 ? "" : ",").append(Json.quote(f.elementNames().get(i)));
				}
				properties.append("]");
				results.add(result(rule, f.severity().name().equals("INFO") ? "note" : "warning", f.message(), primary,
						related.toString(), properties + ",\"fingerprint\":" + Json.quote(f.id())));
			}
		}
		out.write("{\"$schema\":" + Json.quote(SCHEMA) + ",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{");
		out.write("\"name\":\"RegioNet\",\"version\":\"0.1.0\",\"informationUri\":\"https://github.com/regionet\",");
		out.write("\"rules\":[");
		int i = 0;
		for (Map.Entry<String, String> rule : rules.entrySet()) {
			out.write((i++ == 0 ? "\n" : ",\n") + "{\"id\":" + Json.quote(rule.getKey()) + ",\"shortDescription\":{\"text\":"
					+ Json.quote(rule.getValue()) + "}}");
		}
		out.write("]}},\n\"results\":[");
		for (int r = 0; r < results.size(); r++) {
			out.write((r == 0 ? "\n" : ",\n") + results.get(r));
		}
		out.write("]}]}\n");
	}

	private static String result(String rule, String level, String message, String location, String related,
			String properties) {
		StringBuilder json = new StringBuilder("{\"ruleId\":" + Json.quote(rule) + ",\"level\":" + Json.quote(level)
				+ ",\"message\":{\"text\":" + Json.quote(message) + "}");
		json.append(",\"locations\":[").append(location).append("]");
		if (!related.isEmpty()) {
			json.append(",\"relatedLocations\":[").append(related).append("]");
		}
		if (!properties.isEmpty()) {
			json.append(",\"properties\":{").append(properties).append("}");
		}
		return json.append("}").toString();
	}

	private static String location(CheckReport report, SourceLocation at) {
		return location(report, at.file(), at.line(), at.column());
	}

	private static String location(CheckReport report, String file, int line, int column) {
		if (file == null || file.isEmpty()) {
			return "";
		}
		String uri = new SourceLocation(file, line, column).relativeTo(report.base());
		StringBuilder json = new StringBuilder("{\"physicalLocation\":{\"artifactLocation\":{\"uri\":" + Json.quote(uri)
				+ "}");
		if (line > 0) {
			json.append(",\"region\":{\"startLine\":").append(line);
			if (column > 0) {
				json.append(",\"startColumn\":").append(column);
			}
			json.append("}");
		}
		return json.append("}}").toString();
	}

	private static String level(ModelProblem.Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}

	private static String describe(FindingKind kind) {
		return switch (kind) {
			case DUPLICATE_ACTOR -> "One body declared under several names";
			case PARALLEL -> "Parallel activities: same field and target group, overlapping time and region, "
					+ "different leads without cooperation";
			case OVERLAPPING_COMMITTEE -> "Committees with largely the same members and mandate";
			case ANALOGUE -> "The same kind of offer in a neighbouring region: a chance to cooperate";
			case GAP -> "A region without any activity in an action field";
		};
	}
}
