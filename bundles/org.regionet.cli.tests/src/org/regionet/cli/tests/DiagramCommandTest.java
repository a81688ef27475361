package org.regionet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.cli.DiagramCommand;

/** {@code regionet diagram} draws the example headless as SVG and PNG; misuse gives exit code 2. */
class DiagramCommandTest {

	private static final String EXAMPLE = "../org.regionet.examples/models";

	@TempDir
	Path dir;

	private String err;

	private int run(String... args) {
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		int code = new DiagramCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(e, true, StandardCharsets.UTF_8)).run(args);
		err = e.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void writesTheActorNetworkAsSvgWithActorLabels() throws Exception {
		Path svg = dir.resolve("net.svg");
		assertEquals(0, run("--representation", "actor-network", "--output", svg.toString(), EXAMPLE), err);
		String text = Files.readString(svg);
		assertTrue(text.contains("<svg"), "svg root");
		assertTrue(text.contains("IHK Aachen"), "an actor label from the example");
	}

	@Test
	void writesTheRegionLandscapeAsPng() throws Exception {
		Path png = dir.resolve("land.png");
		assertEquals(0, run("--representation", "region-landscape", "--output", png.toString(), EXAMPLE), err);
		byte[] bytes = Files.readAllBytes(png);
		assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G');
	}

	@Test
	void theFindingsLayerShowsTheAnalysisFindingsUnlessTurnedOff() throws Exception {
		Path with = dir.resolve("with.svg");
		Path without = dir.resolve("without.svg");
		assertEquals(0, run("--representation", "region-landscape", "--output", with.toString(), EXAMPLE), err);
		assertEquals(0, run("--representation", "region-landscape", "--no-findings", "--output", without.toString(),
				EXAMPLE), err);
		assertTrue(Files.readString(with).contains("data-key=\"finding:"), "finding edges drawn");
		assertTrue(!Files.readString(without).contains("data-key=\"finding:"), "no finding edges");
	}

	@Test
	void unknownRepresentationIsAUsageError() {
		assertEquals(2, run("--representation", "nonsense", "--output", dir.resolve("x.svg").toString(), EXAMPLE));
		assertTrue(err.contains("nonsense"), err);
	}
}
