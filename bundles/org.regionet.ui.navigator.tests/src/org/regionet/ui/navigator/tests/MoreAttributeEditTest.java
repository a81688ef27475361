package org.regionet.ui.navigator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.regionet.dsl.ide.RegioNetIdeSetup;
import org.regionet.ui.navigator.edit.AttributeEdit;

import com.google.inject.Injector;

/** Attributes after the block (since, on), numbers, keyword-led dates, and blocks written on one line. */
class MoreAttributeEditTest {

	private static final Injector IDE = new RegioNetIdeSetup().createInjectorAndDoEMFRegistration();

	private static final String TEXT = """
			namespace nrw.test
			actor A
			actor B
			concept HK "Handlungskonzept" {
				/* adopted later */
				kind action-concept
			}
			cooperation Koop between A, B // since when?
			activity P { type project status running }
			""";

	private static String edit(String path, String feature, String value) {
		AttributeEdit.Result result = AttributeEdit.compute(IDE, TEXT, "t.regio", path, feature, value);
		assertNull(result.refusal());
		return result.applyTo(TEXT);
	}

	@Test
	void aMissingDateWithItsKeywordGoesAfterTheLastPart() {
		assertEquals(TEXT.replace("between A, B //", "between A, B since 2021-05 //"),
				edit("/NAMESPACE:nrw.test/COOPERATION:Koop", "since", "2021-05"));
	}

	@Test
	void aNumberAndAnAdoptionDateGoIntoTheBlockInGrammarOrder() {
		assertEquals(TEXT.replace("\tkind action-concept\n", "\tkind action-concept\n\tyear 2024\n"),
				edit("/NAMESPACE:nrw.test/CONCEPT:HK", "year", "2024"));
		assertEquals(TEXT.replace("\tkind action-concept\n", "\tkind action-concept\n\tadopted 2024-06-01\n"),
				edit("/NAMESPACE:nrw.test/CONCEPT:HK", "adoptedOn", "2024-06-01"));
	}

	@Test
	void aBlockOnOneLineStaysOnOneLine() {
		assertEquals(TEXT.replace("{ type project status running }", "{ type study status running }"),
				edit("/NAMESPACE:nrw.test/ACTIVITY:P", "type", "study"));
		assertEquals(TEXT.replace("status running }", "status running description \"Pilot\" }"),
				edit("/NAMESPACE:nrw.test/ACTIVITY:P", "description", "Pilot"));
		assertEquals(TEXT.replace("{ type project status running }", "{ type project }"),
				edit("/NAMESPACE:nrw.test/ACTIVITY:P", "status", ""));
	}

	@Test
	void aMissingTitleGoesAfterTheName() {
		assertEquals(TEXT.replace("actor B\n", "actor B \"Betrieb\"\n"),
				edit("/NAMESPACE:nrw.test/ACTOR:B", "title", "Betrieb"));
	}

	@Test
	void windowsLineEndsAreKept() {
		String text = TEXT.replace("\n", "\r\n");
		AttributeEdit.Result added = AttributeEdit.compute(IDE, text, "t.regio", "/NAMESPACE:nrw.test/CONCEPT:HK",
				"year", "2024");
		assertEquals(text.replace("\tkind action-concept\r\n", "\tkind action-concept\r\n\tyear 2024\r\n"),
				added.applyTo(text));
		AttributeEdit.Result removed = AttributeEdit.compute(IDE, text, "t.regio", "/NAMESPACE:nrw.test/CONCEPT:HK",
				"kind", "");
		assertEquals(text.replace("\tkind action-concept\r\n", ""), removed.applyTo(text));
	}

	@Test
	void aNegativeOrBrokenNumberIsRefused() {
		String message = AttributeEdit.compute(IDE, TEXT, "t.regio", "/NAMESPACE:nrw.test/CONCEPT:HK", "year", "-3")
				.refusal();
		assertTrue(message != null && message.contains("-3"), message);
	}
}
