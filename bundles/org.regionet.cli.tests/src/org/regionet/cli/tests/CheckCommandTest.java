package org.regionet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.cli.CheckCommand;

/** {@code regionet check} on the NRW example and on broken input: output lines and exit codes. */
class CheckCommandTest {

	/** Tests run with the bundle folder as working directory. */
	private static final Path EXAMPLE = Path.of("../org.regionet.examples/models");

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
	void theNrwExampleHasNoErrors() {
		int code = run(EXAMPLE.toString());
		assertEquals(0, code, out);
		assertTrue(out.contains(" 0 error(s)"), out);
		assertTrue(out.matches("(?s).*[4-9] file\\(s\\) checked.*"), out);
	}

	@Test
	void errorsGiveExitCodeOneAndCompilerStyleLines() throws Exception {
		Path file = dir.resolve("bad.regio");
		Files.writeString(file, "namespace n\nfield F\nactivity X { fields F period 2024-02-30 .. 2024 }\n");
		assertEquals(1, run(file.toString()));
		assertTrue(out.contains(file + ":3:"), out);
		assertTrue(out.contains(": error: '2024-02-30' is not a valid date"), out);
		assertTrue(out.contains("[regionet.invalid-date]"), out);
	}

	@Test
	void jsonOutputListsProblemsWithCodes() throws Exception {
		Path file = dir.resolve("bad.regio");
		Files.writeString(file, "namespace n\nactor A\n");
		assertEquals(0, run("--format", "json", file.toString()));
		assertTrue(out.startsWith("{\"files\":1,\"errors\":0,\"warnings\":1"), out);
		assertTrue(out.contains("\"code\":\"regionet.unused-actor\""), out);
		assertTrue(out.contains("\"line\":2"), out);
	}

	@Test
	void missingPathIsAnIoErrorWithExitCodeTwo() {
		assertEquals(2, run(dir.resolve("nothing-here").toString()));
		assertTrue(out.contains("no such file or directory"), out);
	}

	@Test
	void usageErrorsGiveExitCodeTwo() {
		assertEquals(2, run());
		assertTrue(err.contains("no PATH given") && err.contains("Usage: regionet check"), err);
		assertEquals(2, run("--format", "xml", "x"));
		assertTrue(err.contains("unknown format 'xml'"), err);
		assertEquals(0, run("--help"));
	}

	@Test
	void findingsCanBeNarrowedToAKindARegionAndAField() {
		assertEquals(0, run("--format", "csv", EXAMPLE.toString()));
		java.util.List<String> all = findingRows();
		assertEquals(0, run("--format", "csv", "--kind", "duplicate-actor", EXAMPLE.toString()));
		assertEquals(all.stream().filter(row -> row.startsWith("finding,duplicate-actor,")).toList(), findingRows());

		assertEquals(0, run("--format", "csv", "--region", "Region Aachen", EXAMPLE.toString()));
		java.util.List<String> aachen = findingRows();
		assertTrue(!aachen.isEmpty() && aachen.size() < all.size() && all.containsAll(aachen), aachen.toString());
		assertEquals(0, run("--format", "csv", "--region", "nrw.Aachen", EXAMPLE.toString()));
		assertEquals(aachen, findingRows(), "the qualified name names the same region as the title");

		assertEquals(0, run("--format", "csv", "--region", "aachen", "--kind", "parallel", EXAMPLE.toString()));
		assertTrue(err.contains("reporting only findings of kind parallel, region nrw.Aachen"), err);
		assertEquals(aachen.stream().filter(row -> row.startsWith("finding,parallel,")).toList(), findingRows());
		assertEquals(0, run("--format", "csv", "--field", "Arbeitsmarktpotenziale", "--region", "Region_Koeln",
				EXAMPLE.toString()));
		assertTrue(all.containsAll(findingRows()));
	}

	@Test
	void anUnknownRegionOrKindIsAUsageErrorNamingTheKnownOnes() {
		assertEquals(2, run("--region", "Atlantis", EXAMPLE.toString()));
		assertTrue(err.contains("no region 'Atlantis' in the models; known: nrw.Aachen, "), err);
		assertEquals(2, run("--field", "Atlantis", EXAMPLE.toString()));
		assertTrue(err.contains("no action field 'Atlantis'"), err);
		assertEquals(2, run("--kind", "twins", EXAMPLE.toString()));
		assertTrue(err.contains("unknown --kind 'twins': use duplicate-actor, parallel"), err);
	}

	@Test
	void anAmbiguousNameIsAUsageError() throws Exception {
		Path file = dir.resolve("two.regio");
		Files.writeString(file, "namespace a\nregion Mitte \"Mitte\"\nregion Zentrum \"Mitte\"\n");
		assertEquals(2, run("--region", "Mitte", file.toString()));
		assertTrue(err.contains("region 'Mitte' is ambiguous: a.Mitte, a.Zentrum"), err);
		assertEquals(0, run("--region", "a.Mitte", file.toString()), err);
	}

	/** The finding rows of a CSV report. */
	private java.util.List<String> findingRows() {
		return out.lines().filter(line -> line.startsWith("finding,")).toList();
	}
}
