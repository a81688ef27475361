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
}
