package org.regionet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.cli.ExportCommand;
import org.regionet.cli.ImportCommand;

/** {@code regionet export}: the actors as a CSV list that {@code regionet import} reads back. */
class ExportCommandTest {

	/** Tests run with the bundle folder as working directory. */
	private static final Path EXAMPLE = Path.of("../org.regionet.examples/models");

	@TempDir
	Path dir;

	@Test
	void theExamplesActorsGoOutAndComeBackIn() throws Exception {
		Path csv = dir.resolve("akteure.csv");
		CommandRun export = CommandRun.of(ExportCommand::new,
				command -> command.run("--output", csv.toString(), EXAMPLE.toString()));
		assertEquals(0, export.code(), export.err());
		long declared;
		try (Stream<Path> files = Files.list(EXAMPLE)) {
			Pattern actor = Pattern.compile("(?m)^actor ");
			declared = files.filter(f -> f.toString().endsWith(".regio"))
					.mapToLong(f -> actor.matcher(read(f)).results().count()).sum();
		}
		List<String> lines = Files.readAllLines(csv);
		assertEquals("namespace,name,title,kind,regions,aliases,contact,description", lines.get(0));
		assertEquals(declared, lines.size() - 1, "one row per actor");
		assertTrue(export.out().startsWith(declared + " actor(s) from 4 file(s) written to "), export.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("nrw.aachen,IHK_Aachen,IHK Aachen,chamber-of-industry,")),
				lines.toString());

		Path back = dir.resolve("zurueck.regio");
		CommandRun reimport = CommandRun.of(ImportCommand::new, command -> command.run("--input", csv.toString(),
				"--namespace", "wieder", "--output", back.toString(), "--model", EXAMPLE.toString()));
		assertEquals(0, reimport.code(), reimport.err());
		assertTrue(reimport.out().startsWith(declared + " actor(s)"), reimport.out());
	}

	@Test
	void modelsWithErrorsAreNotExported() throws Exception {
		Path model = dir.resolve("bad.regio");
		Files.writeString(model, "namespace n\nactor A { region Nirgendwo }\n");
		Path csv = dir.resolve("out.csv");
		CommandRun export = CommandRun.of(ExportCommand::new,
				command -> command.run("--output", csv.toString(), model.toString()));
		assertEquals(1, export.code());
		assertTrue(export.err().contains("bad.regio:2:") && export.err().contains("nothing written"), export.err());
		assertFalse(Files.exists(csv));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
