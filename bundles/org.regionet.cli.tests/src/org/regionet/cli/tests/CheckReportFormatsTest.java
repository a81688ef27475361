package org.regionet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.cli.CheckCommand;

/** The analysis runs after validation and every output format carries the example's findings. */
class CheckReportFormatsTest {

	private static final String EXAMPLE = Path.of("../org.regionet.examples/models").toString();

	@TempDir
	Path dir;

	private String out;
	private String err;

	private int run(String... args) {
		CommandRun run = CommandRun.of(CheckCommand::new, command -> command.run(args));
		out = run.out();
		err = run.err();
		return run.code();
	}

	@Test
	void textListsFindingsWithEvidence() {
		assertEquals(0, run(EXAMPLE));
		assertTrue(out.contains("[regionet.finding.duplicate-actor]"), out);
		assertTrue(out.contains("[regionet.finding.overlapping-committee]"), out);
		assertTrue(out.contains("[regionet.finding.parallel]"), out);
		assertTrue(out.contains("[regionet.finding.analogue]"), out);
		assertTrue(out.contains("[regionet.finding.gap]"), out);
		assertTrue(out.matches("(?s).*\\d+ finding\\(s\\), [1-9]\\d* accepted.*"), out);
	}

	@Test
	void failOnWarningTurnsFindingsIntoAFailure() {
		assertEquals(1, run("--fail-on", "warning", EXAMPLE));
		assertEquals(0, run("--fail-on", "never", EXAMPLE));
	}

	@Test
	void sarifHasVersionRulesResultsAndRelativeLocations() {
		assertEquals(0, run("--format", "sarif", EXAMPLE));
		assertTrue(out.startsWith("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\""), out);
		assertTrue(out.contains("\"ruleId\":\"regionet.finding.duplicate-actor\""), out);
		assertTrue(out.contains("\"uri\":\"../org.regionet.examples/models/"), out);
		assertTrue(out.contains("\"startLine\":"), out);
		assertTrue(out.contains("\"relatedLocations\":"), out);
	}

	@Test
	void sarifIsValidAgainstTheOfficialSchema() throws Exception {
		assertEquals(0, run("--format", "sarif", EXAMPLE));
		SarifSchema.assertValid(out);
	}

	@Test
	void sarifSchemaCheckRejectsABrokenLog() throws Exception {
		// Guards the check itself: a result without its required message must be caught.
		assertEquals(0, run("--format", "sarif", EXAMPLE));
		String broken = out.replaceFirst("\"message\":\\{\"text\":\"[^\"]*\"\\},?", "");
		assertTrue(!broken.equals(out), "the test must remove a message");
		assertTrue(!SarifSchema.errors(broken).isEmpty(), "a result without a message must be invalid");
	}

	@Test
	void csvHasHeaderAndOneRowPerFinding() {
		assertEquals(0, run("--format", "csv", EXAMPLE));
		String[] lines = out.split("\r\n");
		assertEquals("type,kind,severity,score,file,line,column,elements,message,evidence", lines[0]);
		assertTrue(lines.length > 5, out);
		assertTrue(out.contains("finding,duplicate-actor,warning,") && out.contains("finding,parallel,warning,"), out);
	}

	@Test
	void htmlReportIsWrittenAtomicallyToTheOutputFile() throws Exception {
		Path report = dir.resolve("report.html");
		assertEquals(0, run("--format", "html", "--output", report.toString(), EXAMPLE));
		String html = Files.readString(report);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains("Coverage: activities per region and action field"), html);
		assertTrue(html.contains("Duplicate actors (") && html.contains("Parallel activities (5)"), html);
		assertTrue(!html.contains("<script") && !html.contains("src=\"http"), "self-contained");
		// Well-formed (parsed as XML, external entities off) and the heatmap has a row per region plus the header.
		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		var document = factory.newDocumentBuilder().parse(report.toFile());
		var tables = document.getElementsByTagName("table");
		assertTrue(tables.getLength() >= 2, "regions summary and coverage heatmap");
		assertEquals(5, ((org.w3c.dom.Element) tables.item(1)).getElementsByTagName("tr").getLength());
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
		assertTrue(err.contains("report written to"), err);
	}

	@Test
	void analysisIsSkippedWhenTheModelHasErrors() throws Exception {
		Path file = dir.resolve("bad.regio");
		Files.writeString(file, "namespace n\nfield F\nactivity X { lead Nobody fields F }\n");
		assertEquals(1, run(file.toString()));
		assertTrue(out.contains("analysis skipped until the errors are fixed"), out);
	}

	@Test
	void unknownSettingIsAUsageError() {
		assertEquals(2, run("--set", "noSuchSetting=1", EXAMPLE));
		assertTrue(err.contains("noSuchSetting"), err);
	}
}
