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
		// An insertion at the end: every byte that was there stays where it was.
		assertTrue(after.startsWith(TEXT), "the existing text is kept:\n" + after);
		assertEquals(1, result.replacements().size());
		assertEquals(0, result.replacements().get(0).length());
		assertTrue(after.contains("// the chamber, from the seed") && after.contains("// comment at the end"), after);
		assertTrue(after.contains("actor Akteur_1"), after);
	}
}
