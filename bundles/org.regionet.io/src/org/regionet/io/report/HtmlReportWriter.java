package org.regionet.io.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regionet.analysis.AcceptedFinding;
import org.regionet.analysis.CoverageMatrix;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.analysis.FindingScope;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.model.FindingKind;
import org.regionet.model.Region;

/**
 * A single self-contained HTML file (inline CSS, no scripts, no external resources): summary per region, the
 * region × action-field coverage heatmap, findings with their evidence, accepted findings and validation problems.
 */
public class HtmlReportWriter implements ReportWriter {

	private static final Map<FindingKind, String> KIND_TITLES = new LinkedHashMap<>();

	static {
		KIND_TITLES.put(FindingKind.DUPLICATE_ACTOR, "Duplicate actors");
		KIND_TITLES.put(FindingKind.PARALLEL, "Parallel activities");
		KIND_TITLES.put(FindingKind.OVERLAPPING_COMMITTEE, "Overlapping committees");
		KIND_TITLES.put(FindingKind.ANALOGUE, "Cross-region analogues (chances to cooperate)");
		KIND_TITLES.put(FindingKind.GAP, "Coverage gaps");
	}

	private static final String CSS = """
			body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:1200px}
			h1{font-size:1.6em;margin-bottom:0}h2{font-size:1.25em;border-bottom:2px solid #2a5d9f;padding-bottom:.2em;margin-top:2em}
			.sub{color:#666;margin-top:.3em}.cards{display:flex;gap:1em;flex-wrap:wrap;margin:1.2em 0}
			.card{border:1px solid #ddd;border-radius:6px;padding:.7em 1.1em;min-width:9em;background:#fafbfd}
			.card b{display:block;font-size:1.6em;color:#2a5d9f}
			table{border-collapse:collapse;margin:.6em 0;font-size:.92em}th,td{border:1px solid #ddd;padding:.35em .6em;text-align:left;vertical-align:top}
			th{background:#eef2f8}td.n{text-align:center;font-weight:bold;min-width:4em}
			.finding{border-left:4px solid #d9822b;padding:.4em .9em;margin:.8em 0;background:#fffaf3}
			.finding.info{border-color:#2a5d9f;background:#f5f8fc}.score{float:right;color:#555}
			.ev{color:#444;font-size:.9em;margin:.3em 0 0 1em}.loc{color:#777;font-size:.85em}
			.problem.error{color:#b00020}.problem.warning{color:#8a5a00}
			.legend span{display:inline-block;width:1.4em;height:1em;vertical-align:middle;border:1px solid #ccc;margin:0 .2em 0 .8em}
			""";

	@Override
	public void write(CheckReport report, Writer out) throws IOException {
		out.write("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"/><title>RegioNet – Parallelstrukturen</title>");
		out.write("<style>" + CSS + "</style></head><body>\n");
		out.write("<h1>RegioNet: parallel structures report</h1><p class=\"sub\">" + report.fileCount()
				+ " model file(s), " + report.errors() + " error(s), " + report.warnings() + " warning(s)</p>\n");
		if (report.analysed()) {
			writeSummary(report, out);
			writeCoverage(report.analysis().coverage(), out);
			writeFindings(report, report.analysis().findings(), out);
			writeAccepted(report.analysis().accepted(), out);
		} else {
			out.write("<p>The analysis was skipped because the models have errors; fix them first.</p>\n");
		}
		writeProblems(report.problems(), out);
		out.write("</body></html>\n");
	}

	private static void writeSummary(CheckReport report, Writer out) throws IOException {
		List<Finding> findings = report.analysis().findings();
		out.write("<div class=\"cards\">");
		for (Map.Entry<FindingKind, String> kind : KIND_TITLES.entrySet()) {
			long count = findings.stream().filter(f -> f.kind() == kind.getKey()).count();
			out.write("<div class=\"card\"><b>" + count + "</b>" + esc(kind.getValue()) + "</div>");
		}
		out.write("<div class=\"card\"><b>" + report.analysis().accepted().size() + "</b>accepted</div></div>\n");
		CoverageMatrix coverage = report.analysis().coverage();
		out.write("<h2>Regions</h2><table><tr><th>Region</th><th>Activities (by field)</th><th>Fields without activity</th>"
				+ "<th>Findings involving the region</th></tr>\n");
		for (int r = 0; r < coverage.regions().size(); r++) {
			Region region = coverage.regions().get(r);
			int total = 0;
			int gaps = 0;
			for (int f = 0; f < coverage.fields().size(); f++) {
				total += coverage.count(r, f);
				gaps += coverage.count(r, f) == 0 ? 1 : 0;
			}
			long involved = findings.stream()
					.filter(f -> FindingScope.regions(f).contains(region)).count();
			out.write("<tr><td>" + esc(ElementNames.label(region)) + "</td><td class=\"n\">" + total
					+ "</td><td class=\"n\">" + gaps + "</td><td class=\"n\">" + involved + "</td></tr>\n");
		}
		out.write("</table>\n");
	}

	private static void writeCoverage(CoverageMatrix coverage, Writer out) throws IOException {
		int max = 1;
		for (int r = 0; r < coverage.regions().size(); r++) {
			for (int f = 0; f < coverage.fields().size(); f++) {
				max = Math.max(max, coverage.count(r, f));
			}
		}
		out.write("<h2>Coverage: activities per region and action field</h2>\n<p class=\"legend\">Colour scale:"
				+ "<span style=\"background:" + heat(0, max) + "\"></span>none<span style=\"background:" + heat(1, max)
				+ "\"></span>few<span style=\"background:" + heat(max, max) + "\"></span>" + max + "</p>\n<table><tr><th>Region</th>");
		for (var field : coverage.fields()) {
			out.write("<th>" + esc(ElementNames.label(field)) + "</th>");
		}
		out.write("</tr>\n");
		for (int r = 0; r < coverage.regions().size(); r++) {
			out.write("<tr><th>" + esc(ElementNames.label(coverage.regions().get(r))) + "</th>");
			for (int f = 0; f < coverage.fields().size(); f++) {
				int n = coverage.count(r, f);
				out.write("<td class=\"n\" style=\"background:" + heat(n, max) + "\" title=\""
						+ esc(ElementNames.label(coverage.regions().get(r)) + " / " + ElementNames.label(coverage.fields().get(f)))
						+ "\">" + n + "</td>");
			}
			out.write("</tr>\n");
		}
		out.write("</table>\n");
	}

	/** White-red for gaps, then light to dark blue with the count. */
	static String heat(int count, int max) {
		if (count == 0) {
			return "#f8d7da";
		}
		double t = Math.min(1, (double) count / Math.max(1, max));
		int r = (int) Math.round(222 - t * (222 - 42));
		int g = (int) Math.round(235 - t * (235 - 93));
		int b = (int) Math.round(247 - t * (247 - 159));
		return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
	}

	private static void writeFindings(CheckReport report, List<Finding> findings, Writer out) throws IOException {
		for (Map.Entry<FindingKind, String> kind : KIND_TITLES.entrySet()) {
			List<Finding> ofKind = findings.stream().filter(f -> f.kind() == kind.getKey()).toList();
			out.write("<h2>" + esc(kind.getValue()) + " (" + ofKind.size() + ")</h2>\n");
			for (Finding f : ofKind) {
				writeFinding(report, f, out);
			}
		}
	}

	private static void writeFinding(CheckReport report, Finding f, Writer out) throws IOException {
		out.write("<div class=\"finding " + f.severity().name().toLowerCase(Locale.ROOT) + "\"><span class=\"score\">score "
				+ String.format(Locale.ROOT, "%.2f", f.score()) + "</span><b>" + esc(f.message()) + "</b><br/>");
		for (int i = 0; i < f.elements().size(); i++) {
			SourceLocation at = report.locate(f.elements().get(i));
			out.write("<span class=\"loc\">" + esc(f.elementNames().get(i))
					+ (at.isKnown() ? " — " + esc(shortFile(at.file())) + ":" + at.line() : "") + "</span><br/>");
		}
		for (Evidence e : f.evidence()) {
			out.write("<div class=\"ev\">" + esc(e.attribute()) + " = " + String.format(Locale.ROOT, "%.2f", e.value())
					+ ": " + esc(e.explanation()) + "</div>");
		}
		out.write("</div>\n");
	}

	private static void writeAccepted(List<AcceptedFinding> accepted, Writer out) throws IOException {
		out.write("<h2>Accepted findings (" + accepted.size() + ")</h2>\n");
		if (accepted.isEmpty()) {
			return;
		}
		out.write("<table><tr><th>Kind</th><th>Elements</th><th>Reason</th></tr>\n");
		for (AcceptedFinding a : accepted) {
			out.write("<tr><td>" + esc(a.finding().kind().getLiteral()) + "</td><td>"
					+ esc(String.join(", ", a.finding().elementNames())) + "</td><td>" + esc(a.reason()) + "</td></tr>\n");
		}
		out.write("</table>\n");
	}

	private static void writeProblems(List<ModelProblem> problems, Writer out) throws IOException {
		out.write("<h2>Validation problems (" + problems.size() + ")</h2>\n");
		for (ModelProblem p : problems) {
			out.write("<div class=\"problem " + p.severity().label() + "\">" + esc(shortFile(p.file())) + ":" + p.line()
					+ ": " + esc(p.message()) + " <span class=\"loc\">[" + esc(p.code()) + "]</span></div>\n");
		}
	}

	private static String shortFile(String file) {
		int slash = file.lastIndexOf('/');
		return slash < 0 ? file : file.substring(slash + 1);
	}

	static String esc(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("'", "&#39;");
	}
}
