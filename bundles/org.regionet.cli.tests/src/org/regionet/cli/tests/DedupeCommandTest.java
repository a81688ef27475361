package org.regionet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.cli.DedupeCommand;

/** {@code regionet dedupe} on a small actor list: pairs found, cross filter, clear errors, nothing written on error. */
class DedupeCommandTest {

	@TempDir
	Path dir;

	private String out;
	private String err;

	private int run(String... args) {
		CommandRun run = CommandRun.of(DedupeCommand::new, command -> command.run(args));
		out = run.out();
		err = run.err();
		return run.code();
	}

	private Path actors() throws Exception {
		return Files.writeString(dir.resolve("actors.csv"), """
				id;name;city;source
				1;Handwerkskammer Aachen;Aachen;A
				2;HWK Aachen;Aachen;B
				3;Handelskammer Aachen;Aachen;B
				4;Agentur für Arbeit Aachen-Düren;Aachen;A
				5;Agentur fuer Arbeit Aachen-Dueren;Aachen;A
				""", StandardCharsets.UTF_8);
	}

	@Test
	void findsAbbreviationAndUmlautVariantsButNotTheFalseFriend() throws Exception {
		Path output = dir.resolve("pairs.csv");
		assertEquals(0, run("--input", actors().toString(), "--id", "id", "--fields", "name,city", "--output",
				output.toString()), err);
		String pairs = Files.readString(output);
		assertTrue(pairs.startsWith("id1,id2,score"), pairs);
		assertTrue(pairs.contains("1,2,"), pairs);
		assertTrue(pairs.contains("4,5,"), pairs);
		assertFalse(pairs.contains("1,3,") || pairs.contains("2,3,"), pairs);
		assertTrue(out.contains("5 records"), out);
	}

	@Test
	void crossComparesOnlyRecordsFromDifferentSources() throws Exception {
		Path output = dir.resolve("pairs.csv");
		assertEquals(0, run("--input", actors().toString(), "--id", "id", "--fields", "name,city", "--cross", "source",
				"--output", output.toString()), err);
		String pairs = Files.readString(output);
		assertTrue(pairs.contains("1,2,"), pairs);
		assertFalse(pairs.contains("4,5,"), "4 and 5 share source A: " + pairs);
	}

	@Test
	void malformedCsvNamesTheRowAndWritesNothing() throws Exception {
		Path input = Files.writeString(dir.resolve("bad.csv"), "id,name\n1,\"unclosed\n2,x\n");
		Path output = dir.resolve("pairs.csv");
		assertEquals(2, run("--input", input.toString(), "--id", "id", "--fields", "name", "--output",
				output.toString()));
		assertTrue(err.contains("bad.csv"), err);
		assertFalse(Files.exists(output));
	}

	@Test
	void missingOptionIsAUsageError() {
		assertEquals(2, run("--input", "x.csv"));
		assertTrue(err.contains("usage: regionet dedupe"), err);
	}
}
