package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.junit.jupiter.api.Test;
import org.regionet.model.Actor;
import org.regionet.model.RegioModel;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.edit.DocumentEdits;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.merge.ActorMerge;

/** Merging two actors that are one body moves every reference, keeps every comment and leaves valid models. */
class ActorMergeTest {

	private static final String DUPLICATE = """
			namespace nrw.aachen
			import nrw.*

			// the same chamber, recorded twice
			actor IHK_AC "Industrie- und Handelskammer Aachen" {
				kind chamber-of-industry
				alias "IHK AC", "IHK Aachen"
			}

			/* who leads */
			activity Tag "IHK-Tag" {
				fields Bildung
				lead IHK_AC // the chamber
				partners IHK_AC
			}
			""";

	private final MemoryProject project = new MemoryProject().file("nrw.regio", Models.NRW)
			.file("aachen.regio", Models.AACHEN).file("dup.regio", DUPLICATE);

	private Map<URI, List<TextEdit>> merge(String keep, String remove) throws Exception {
		project.read("dup.regio", r -> null);
		IQualifiedNameProvider names = LanguageServices.injector().getInstance(IQualifiedNameProvider.class);
		return project.model.readAll(Map.of(), set -> ActorMerge.edits(set, actor(set, keep), actor(set, remove), names));
	}

	private static Actor actor(ResourceSet set, String qualifiedName) {
		for (var resource : set.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof RegioModel model) {
				for (var element : model.getElements()) {
					if (element instanceof Actor a && (model.getName() + "." + a.getName()).equals(qualifiedName)) {
						return a;
					}
				}
			}
		}
		throw new AssertionError("no actor " + qualifiedName);
	}

	private String after(Map<URI, List<TextEdit>> edits, String file, String text) {
		List<TextEdit> fileEdits = edits.get(MemoryProject.uri(file));
		return fileEdits == null ? text : DocumentEdits.applyTo(text, fileEdits);
	}

	@Test
	void referencesMoveAliasesJoinAndTheDuplicateGoesWithCommentsKept() throws Exception {
		Map<URI, List<TextEdit>> edits = merge("nrw.IHK", "nrw.aachen.IHK_AC");
		String dup = after(edits, "dup.regio", DUPLICATE);
		assertEquals("""
				namespace nrw.aachen
				import nrw.*

				// the same chamber, recorded twice

				/* who leads */
				activity Tag "IHK-Tag" {
					fields Bildung
					lead nrw.IHK // the chamber
					partners nrw.IHK
				}
				""", dup);
		String nrw = after(edits, "nrw.regio", Models.NRW);
		assertTrue(nrw.contains("""
				actor IHK "IHK Aachen" {
					kind chamber-of-industry
					region Aachen
					alias "Industrie- und Handelskammer Aachen", "IHK AC"
				}
				"""), nrw);
		assertFalse(edits.containsKey(MemoryProject.uri("aachen.regio")), "aachen.regio does not name IHK_AC");

		// Every file still parses and links; nothing refers to the removed actor.
		project.read("nrw.regio", nrw, r -> null);
		List<String> codes = project.read("dup.regio", dup, MemoryProject::codes);
		assertFalse(codes.stream().anyMatch(c -> c.contains("Linking") || c.contains("Syntax")), codes.toString());
	}

	@Test
	void aliasesAreAppendedToExistingOnesAndReferencesInTheSameNamespaceStaySimple() throws Exception {
		Map<URI, List<TextEdit>> edits = merge("nrw.aachen.IHK_AC", "nrw.IHK");
		String dup = after(edits, "dup.regio", DUPLICATE);
		// "IHK Aachen" is already an alias of the kept actor: not repeated.
		assertTrue(dup.contains("alias \"IHK AC\", \"IHK Aachen\"\n"), dup);
		String aachen = after(edits, "aachen.regio", Models.AACHEN);
		assertTrue(aachen.contains("member IHK_AC") && aachen.contains("lead IHK_AC"), aachen);
		assertTrue(aachen.contains("/* Akteure\n   der Region */"), "comments stay");
		String nrw = after(edits, "nrw.regio", Models.NRW);
		assertFalse(nrw.contains("actor IHK"), nrw);
	}

	@Test
	void anActorCannotBeMergedIntoItself() {
		assertThrows(Exception.class, () -> merge("nrw.IHK", "nrw.IHK"));
	}
}
