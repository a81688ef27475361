package org.regionet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.cli.CheckCommand;
import org.regionet.cli.ImportCommand;

/** {@code regionet import}: a CSV list of actors becomes a checked model file, or nothing is written. */
class ImportCommandTest {

	/** Tests run with the bundle folder as working directory. */
	private static final Path EXAMPLE = Path.of("../org.regionet.examples/models");

	@TempDir
	Path dir;

	private String out;
	private String err;

	private int run(String... args) {
		CommandRun run = CommandRun.of(ImportCommand::new, command -> command.run(args));
		out = run.out();
		err = run.err();
		return run.code();
	}

	private Path csv(String text) throws Exception {
		Path file = dir.resolve("actors.csv");
		Files.writeString(file, text);
		return file;
	}

	@Test
	void aListLinkedToTheExampleBecomesAFileThatChecks() throws Exception {
		Path input = csv("Bezeichnung;Art;Region\nIHK Köln;chamber-of-industry;Region_Koeln\nStadt Köln;municipality;\n");
		Path output = dir.resolve("koeln.regio");
		assertEquals(0, run("--input", input.toString(), "--namespace", "nrw.koeln", "--output", output.toString(),
				"--model", EXAMPLE.toString(), "--import", "nrw"), err);
		assertTrue(out.contains("2 actor(s) from " + input + " written to " + output), out);
		assertTrue(Files.readString(output).contains("actor IHK_Koeln \"IHK Köln\" {\n\tkind chamber-of-industry\n"
				+ "\tregion Region_Koeln\n}"), Files.readString(output));
		CommandRun check = CommandRun.of(CheckCommand::new,
				command -> command.run("--no-analysis", EXAMPLE.toString(), output.toString()));
		assertEquals(0, check.code(), check.out());
		assertTrue(check.out().contains(" 0 error(s)"), check.out());
	}

	@Test
	void anUnknownRegionIsReportedAtItsCsvLineAndNothingIsWritten() throws Exception {
		Path input = csv("title,regions\nIHK Köln,Region_Koeln\nJobcenter Köln,Koeln_Stadt\n");
		Path output = dir.resolve("koeln.regio");
		assertEquals(1, run("--input", input.toString(), "--namespace", "nrw.koeln", "--output", output.toString(),
				"--model", EXAMPLE.toString(), "--import", "nrw"));
		assertTrue(err.contains(input + ":3: Unknown region 'Koeln_Stadt'"), err);
		assertTrue(err.contains("1 error(s); nothing written"), err);
		assertFalse(Files.exists(output));
	}

	@Test
	void anExistingFileIsOnlyReplacedWhenAsked() throws Exception {
		Path input = csv("title\nIHK Köln\n");
		Path output = dir.resolve("koeln.regio");
		Files.writeString(output, "namespace mine // the user's own work\n");
		assertEquals(2, run("--input", input.toString(), "--namespace", "nrw.koeln", "--output", output.toString()));
		assertTrue(err.contains(output + " exists; --replace overwrites it"), err);
		assertEquals("namespace mine // the user's own work\n", Files.readString(output));
		assertEquals(0, run("--input", input.toString(), "--namespace", "nrw.koeln", "--output", output.toString(),
				"--replace"), err);
		assertTrue(Files.readString(output).startsWith("namespace nrw.koeln\n"), Files.readString(output));
	}

	@Test
	void aMalformedListOrAMissingOptionIsAUsageError() throws Exception {
		Path input = csv("title,kind\nIHK Köln,union,extra\n");
		assertEquals(2, run("--input", input.toString(), "--namespace", "n", "--output", dir.resolve("n.regio")
				.toString()));
		assertTrue(err.contains("line 2") && err.contains("has 3 fields, the header has 2"), err);
		assertEquals(2, run("--input", input.toString()));
		assertTrue(err.contains("--input, --namespace and --output are required"), err);
		assertEquals(0, run("--help"));
		assertTrue(out.startsWith("Usage: regionet import"), out);
	}
}
