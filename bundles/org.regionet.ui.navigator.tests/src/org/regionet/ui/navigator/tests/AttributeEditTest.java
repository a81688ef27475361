package org.regionet.ui.navigator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.regionet.dsl.ide.RegioNetIdeSetup;
import org.regionet.ui.navigator.edit.AttributeEdit;

import com.google.inject.Injector;

/** Property edits become the smallest text change; comments and layout of the file stay as they were. */
class AttributeEditTest {

	private static final Injector IDE = new RegioNetIdeSetup().createInjectorAndDoEMFRegistration();

	private static final String TEXT = """
			namespace nrw.test
			/* Akteure
			   der Region */
			actor IHK "IHK Aachen" { // the chamber
				kind chamber-of-industry // comment at the end
				contact "info@ihk.de"
			}
			actor RA "Regionalagentur"

			committee LK "Lenkungskreis" {
				kind steering
				member IHK as chair // chairs it
				member RA
				meeting M1 on 2024-03-12
			}
			""";

	private static String edit(String path, String feature, String value) {
		AttributeEdit.Result result = AttributeEdit.compute(IDE, TEXT, "test.regio", path, feature, value);
		assertNull(result.refusal());
		return result.applyTo(TEXT);
	}

	private static String refusal(String path, String feature, String value) {
		AttributeEdit.Result result = AttributeEdit.compute(IDE, TEXT, "test.regio", path, feature, value);
		assertTrue(result.replacements().isEmpty());
		return result.refusal();
	}

	@Test
	void changingATitleReplacesOnlyItsText() {
		AttributeEdit.Result result = AttributeEdit.compute(IDE, TEXT, "test.regio", "/NAMESPACE:nrw.test/ACTOR:IHK",
				"title", "IHK Köln");
		assertEquals(1, result.replacements().size());
		// "Aachen" -> "Köln": the shared "IHK " and final "n" stay untouched.
		assertEquals("Köl", result.replacements().get(0).text());
		assertEquals(5, result.replacements().get(0).length());
		assertEquals(TEXT.replace("\"IHK Aachen\"", "\"IHK Köln\""), result.applyTo(TEXT));
	}

	@Test
	void aTitleWithQuotesIsEscaped() {
		assertEquals(TEXT.replace("\"Regionalagentur\"", "\"Die \\\"RA\\\"\""),
				edit("/NAMESPACE:nrw.test/ACTOR:RA", "title", "Die \"RA\""));
	}

	@Test
	void changingAnActorKindWritesTheKeywordOfTheLiteral() {
		assertEquals(TEXT.replace("kind chamber-of-industry //", "kind chamber-of-crafts //"),
				edit("/NAMESPACE:nrw.test/ACTOR:IHK", "kind", "chamber-of-crafts"));
	}

	@Test
	void changingAMeetingDateKeepsTheLine() {
		assertEquals(TEXT.replace("on 2024-03-12", "on 2024-04-30"),
				edit("/NAMESPACE:nrw.test/COMMITTEE:LK/MEETING:M1", "date", "2024-04-30"));
	}

	@Test
	void aMissingAttributeGoesWhereTheGrammarExpectsIt() {
		String expected = TEXT.replace("contact \"info@ihk.de\"\n", "contact \"info@ihk.de\"\n\tdescription \"Kammer\"\n");
		assertEquals(expected, edit("/NAMESPACE:nrw.test/ACTOR:IHK", "description", "Kammer"));
	}

	@Test
	void aMissingKindGoesFirstInTheBlockAndKeepsTheComment() {
		String text = TEXT.replace("\tkind chamber-of-industry // comment at the end\n", "");
		AttributeEdit.Result result = AttributeEdit.compute(IDE, text, "test.regio", "/NAMESPACE:nrw.test/ACTOR:IHK",
				"kind", "union");
		assertNull(result.refusal());
		assertEquals(text.replace("{ // the chamber\n", "{ // the chamber\n\tkind union\n"), result.applyTo(text));
	}

	@Test
	void anElementWithoutBlockGetsOne() {
		assertEquals(TEXT.replace("actor RA \"Regionalagentur\"\n",
				"actor RA \"Regionalagentur\" {\n\tkind regional-agency\n}\n"),
				edit("/NAMESPACE:nrw.test/ACTOR:RA", "kind", "regional-agency"));
	}

	@Test
	void aMissingRoleGoesAfterTheActor() {
		assertEquals(TEXT.replace("\tmember RA\n", "\tmember RA as deputy\n"),
				edit("/NAMESPACE:nrw.test/COMMITTEE:LK/MEMBER:RA", "role", "deputy"));
	}

	@Test
	void anEmptyValueRemovesAnOptionalAttributeWithItsKeyword() {
		assertEquals(TEXT.replace("\tcontact \"info@ihk.de\"\n", ""),
				edit("/NAMESPACE:nrw.test/ACTOR:IHK", "contact", ""));
		assertEquals(TEXT.replace("member IHK as chair //", "member IHK //"),
				edit("/NAMESPACE:nrw.test/COMMITTEE:LK/MEMBER:IHK", "role", " "));
	}

	@Test
	void anInvalidDateIsRefused() {
		String message = refusal("/NAMESPACE:nrw.test/COMMITTEE:LK/MEETING:M1", "date", "2024-02-30");
		assertTrue(message.contains("2024-02-30"), message);
		assertTrue(refusal("/NAMESPACE:nrw.test/COMMITTEE:LK/MEETING:M1", "date", "12.03.2024").contains("12.03.2024"));
		assertTrue(refusal("/NAMESPACE:nrw.test/COMMITTEE:LK/MEETING:M1", "date", "") != null, "a meeting needs a date");
	}

	@Test
	void anUnknownKindAndTheNameAreRefused() {
		assertTrue(refusal("/NAMESPACE:nrw.test/ACTOR:IHK", "kind", "bank").contains("bank"));
		assertTrue(refusal("/NAMESPACE:nrw.test/ACTOR:IHK", "name", "IHK2") != null);
		assertTrue(refusal("/NAMESPACE:nrw.test/ACTOR:XYZ", "title", "x") != null);
	}

	@Test
	void theSameValueChangesNothing() {
		AttributeEdit.Result result = AttributeEdit.compute(IDE, TEXT, "test.regio", "/NAMESPACE:nrw.test/ACTOR:IHK",
				"kind", "chamber-of-industry");
		assertNull(result.refusal());
		assertTrue(result.replacements().isEmpty());
	}
}
