package org.regionet.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.tools.Palette;
import org.regionet.diagram.ui.PaletteEdit;
import org.regionet.dsl.ide.RegioNetIdeSetup;

class PaletteEditTest {

	private static final String TEXT = """
			namespace nrw.test
			// the chamber, from the seed
			actor IHK "IHK Aachen" {
				kind chamber-of-industry // comment at the end
			}
			""";

	@Test
	void createActorAddsItsDeclarationAndKeepsEveryComment() {
		var ide = new RegioNetIdeSetup().createInjectorAndDoEMFRegistration();
		NodeCreationTool tool = (NodeCreationTool) new Palette(RepresentationRegistry.builtIn().get("actor-network"),
				Set.of()).tool("create-actor").orElseThrow();
		PaletteEdit.Result result = PaletteEdit.createNode(ide, TEXT, tool);
		assertNull(result.refusal());
		assertEquals("Akteur_1", result.createdName());
		String after = PaletteEdit.apply(TEXT, result.replacements());
		// Every line that was there is still there, in order (the formatter may add blank lines around elements).
		String kept = after.replaceAll("\n\n+", "\n");
		assertTrue(kept.startsWith(TEXT.substring(0, TEXT.indexOf("}") + 1)), "the existing text is kept:\n" + after);
		assertTrue(after.contains("// the chamber, from the seed") && after.contains("// comment at the end"), after);
		assertTrue(after.contains("actor Akteur_1"), after);
	}
}
