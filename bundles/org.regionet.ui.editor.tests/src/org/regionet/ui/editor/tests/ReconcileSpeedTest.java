package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.model.Analysis;
import org.regionet.ui.editor.internal.model.Analyzer;

/**
 * A reconcile of the largest example file, with the other NRW files in the project, stays well below the time a
 * user notices, also when the edit changes a declared name (which re-links the other files).
 */
class ReconcileSpeedTest {

	private static String example(String name) throws IOException {
		return new String(Platform.getBundle("org.regionet.examples").getEntry("models/" + name).openStream()
				.readAllBytes(), StandardCharsets.UTF_8);
	}

	@Test
	void reconcilingTheAachenExampleIsFast() throws Exception {
		MemoryProject project = new MemoryProject();
		for (String name : new String[] { "nrw.regio", "aachen.regio", "hellweg_hochsauerland.regio",
				"westfaelisches_ruhrgebiet.regio" }) {
			project.file(name, example(name));
		}
		String aachen = example("aachen.regio");
		Analyzer analyzer = new Analyzer(LanguageServices.injector());
		project.read("aachen.regio", resource -> analyzer.analyze(resource, 0, () -> false));
		int rounds = 10;
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			// Renaming an actor changes the exported names: the worst case.
			String text = aachen.replace("actor RAZV ", "actor RAZV" + i + " ");
			Analysis analysis = project.read("aachen.regio", text, resource -> analyzer.analyze(resource, 0, () -> false));
			assertTrue(analysis.problems().size() > 0);
		}
		long millis = (System.nanoTime() - start) / 1_000_000 / rounds;
		System.out.println("reconcile of aachen.regio with a changed name: " + millis + " ms");
		assertTrue(millis < 3000, millis + " ms");
	}
}
