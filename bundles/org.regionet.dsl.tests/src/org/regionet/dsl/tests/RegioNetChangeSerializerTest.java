package org.regionet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.ide.quickfix.ModelFixes;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.RegioModel;

import com.google.inject.Injector;

/** Semantic edits become minimal text edits: comments and formatting around them survive. */
class RegioNetChangeSerializerTest {

	private static final String TEXT = """
			namespace nrw.aachen
			/* Akteure laut Seed 000 */
			actor RA "Regionalagentur" { // die Agentur
				kind regional-agency
			}
			// Gremien
			committee K "Lenkungskreis" {
				chair RA   // Vorsitz
				member RA
			}
			""";

	private final Injector injector = IdeInjector.get();

	private XtextResource load(String text) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		return TextModels.load(injector, set, "a.regio", text);
	}

	@Test
	void changingATitleKeepsAllComments() throws Exception {
		XtextResource resource = load(TEXT);
		String changed = TextModels.change(injector, resource,
				r -> ((RegioModel) r.getContents().get(0)).getElements().get(0).setTitle("Regionalagentur Aachen"));
		assertEquals(TEXT.replace("\"Regionalagentur\"", "\"Regionalagentur Aachen\""), changed);
	}

	@Test
	void renamingAnActorUpdatesItsReferences() throws Exception {
		XtextResource resource = load(TEXT);
		String changed = TextModels.change(injector, resource,
				r -> ((RegioModel) r.getContents().get(0)).getElements().get(0).setName("RA_Aachen"));
		assertEquals(TEXT.replace("RA", "RA_Aachen"), changed);
	}

	@Test
	void quickFixCreatesTheMissingActorAfterTheLastActor() throws Exception {
		XtextResource resource = load(TEXT);
		String changed = TextModels.change(injector, resource,
				r -> ModelFixes.createActor(r.getContents().get(0), "IHK_Aachen"));
		assertTrue(changed.contains("actor IHK_Aachen \"IHK Aachen\""), changed);
		assertTrue(changed.indexOf("IHK_Aachen") < changed.indexOf("committee"), changed);
		assertTrue(changed.contains("// die Agentur") && changed.contains("// Vorsitz")
				&& changed.contains("/* Akteure laut Seed 000 */"), changed);
	}

	@Test
	void quickFixAddsTheChairAsMember() throws Exception {
		XtextResource resource = load(TEXT.replace("member RA", "member Other") + "actor Other\n");
		String changed = TextModels.change(injector, resource,
				r -> ModelFixes.addChairAsMember((Committee) ((RegioModel) r.getContents().get(0)).getElements().get(1)));
		assertTrue(changed.contains("member RA as chair"), changed);
		assertTrue(changed.contains("// Vorsitz"), changed);
		assertEquals(1, ((RegioModel) load(changed).getContents().get(0)).getElements().stream()
				.filter(Actor.class::isInstance).filter(a -> a.getName().equals("RA")).count());
	}
}
