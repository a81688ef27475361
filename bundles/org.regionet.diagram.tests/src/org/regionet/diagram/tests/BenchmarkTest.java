package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.bench.LayoutBenchmark;

/** The benchmark runs and reports its figures (small sizes here; the real run is 1,000 nodes and 3,000 edges). */
class BenchmarkTest {

	@Test
	void benchmarkReportsLayoutTimeBaselineAndMemory() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int code = LayoutBenchmark.run(new String[] { "60", "150", "1" },
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		String report = bytes.toString(StandardCharsets.UTF_8);
		assertEquals(0, code, report);
		assertTrue(report.contains("graph: 60 nodes"), report);
		assertTrue(report.contains("baseline, same run:  box layout"), report);
		assertTrue(report.contains("heap: diagram with layout retains"), report);
	}
}
