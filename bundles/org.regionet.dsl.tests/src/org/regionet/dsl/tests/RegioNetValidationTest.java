package org.regionet.dsl.tests;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetPackage.Literals;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Every validation rule, firing and not firing. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RegioNetInjectorProvider.class)
class RegioNetValidationTest {

	private static final String HEADER = """
			namespace nrw.test
			region Aachen
			region Koeln
			field Bildung
			actor A "Akteur A" { region Aachen }
			actor B "Akteur B" { region Aachen }
			""";

	@Inject
	private ParseHelper<RegioModel> parser;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private Provider<ResourceSet> resourceSets;

	private void assertNoIssue(RegioModel model, String code) {
		var issues = validator.validate(model).stream().filter(i -> code.equals(i.getCode())).toList();
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), issues);
	}

	private RegioModel parse(String body) throws Exception {
		return parser.parse(HEADER + body);
	}

	@Test
	void theFullModelIsValid() throws Exception {
		validator.assertNoErrors(parser.parse(RegioNetParsingTest.FULL_MODEL));
	}

	@Test
	void duplicateNamesInOneFile() throws Exception {
		validator.assertError(parse("actor A"), Literals.ACTOR, IssueCodes.DUPLICATE_NAME);
		assertNoIssue(parse("activity X { fields Bildung lead A partners B }"), IssueCodes.DUPLICATE_NAME);
	}

	@Test
	void duplicateNamesAcrossFilesOfOneNamespace() throws Exception {
		ResourceSet set = resourceSets.get();
		RegioModel first = parser.parse("namespace nrw.x\nactor Same", set);
		RegioModel second = parser.parse("namespace nrw.x\nactor Same", set);
		RegioModel other = parser.parse("namespace nrw.y\nactor Same", set);
		validator.assertError(second, Literals.ACTOR, IssueCodes.DUPLICATE_NAME, "also declared in");
		validator.assertError(first, Literals.ACTOR, IssueCodes.DUPLICATE_NAME);
		assertNoIssue(other, IssueCodes.DUPLICATE_NAME);
	}

	@Test
	void crossFileLinkingThroughImportsAndOwnNamespace() throws Exception {
		ResourceSet set = resourceSets.get();
		parser.parse("namespace nrw\nfield Bildung\nactor MAGS", set);
		parser.parse("namespace nrw.ac\nactor Other", set);
		RegioModel model = parser.parse("""
				namespace nrw.ac
				import nrw.*
				activity X { fields Bildung lead Other partners MAGS }
				""", set);
		validator.assertNoErrors(model);
	}

	@Test
	void datesThatDoNotExist() throws Exception {
		validator.assertError(parse("activity X { fields Bildung period 2024-02-30 .. 2024-12 }"), Literals.PERIOD,
				IssueCodes.INVALID_DATE, "has no day 30");
		validator.assertError(parse("cooperation between A, B since 2024-13"), Literals.COOPERATION,
				IssueCodes.INVALID_DATE, "month 13");
		validator.assertError(parse("committee K { member A meeting on 2023-02-29 }"), Literals.MEETING,
				IssueCodes.INVALID_DATE);
		assertNoIssue(parse("committee K { member A meeting on 2024-02-29 }"), IssueCodes.INVALID_DATE);
	}

	@Test
	void periodStartAfterEnd() throws Exception {
		validator.assertError(parse("activity X { fields Bildung period 2025-03 .. 2024 }"), Literals.PERIOD,
				IssueCodes.PERIOD_REVERSED);
		assertNoIssue(parse("activity X { fields Bildung period 2024-03 .. 2024-03-01 }"), IssueCodes.PERIOD_REVERSED);
		assertNoIssue(parse("activity X { fields Bildung period .. 2024 }"), IssueCodes.PERIOD_REVERSED);
	}

	@Test
	void leadOrPartnerThatIsNotAnActor() throws Exception {
		RegioModel model = parse("committee K { member A }\nactivity X { fields Bildung lead K partners Bildung }");
		validator.assertError(model, Literals.ACTIVITY, IssueCodes.WRONG_ELEMENT_KIND, "'K' is a committee, not an actor");
		validator.assertError(model, Literals.ACTIVITY, IssueCodes.WRONG_ELEMENT_KIND,
				"'Bildung' is an action field, not an actor");
		assertNoIssue(parse("activity X { fields Bildung lead A partners B }"), IssueCodes.WRONG_ELEMENT_KIND);
	}

	@Test
	void unknownNamesAreLinkingErrors() throws Exception {
		validator.assertError(parse("activity X { fields Bildung lead Nobody }"), Literals.ACTIVITY,
				Diagnostic.LINKING_DIAGNOSTIC, "Unknown actor 'Nobody'");
	}

	@Test
	void chairThatIsNotAMember() throws Exception {
		validator.assertError(parse("committee K { chair A member B }"), Literals.COMMITTEE,
				IssueCodes.CHAIR_NOT_MEMBER);
		assertNoIssue(parse("committee K { chair A member A as chair member B }"), IssueCodes.CHAIR_NOT_MEMBER);
	}

	@Test
	void conceptAdoptedByCommitteeOfAnotherRegion() throws Exception {
		validator.assertError(parse("committee K { region Koeln member A }\nconcept C { region Aachen adopted 2024 by K }"),
				Literals.CONCEPT, IssueCodes.CONCEPT_FOREIGN_COMMITTEE);
		assertNoIssue(
				parse("committee K { region Aachen member A }\nconcept C { region Aachen adopted 2024 by K }"), IssueCodes.CONCEPT_FOREIGN_COMMITTEE);
	}

	@Test
	void activityWithoutField() throws Exception {
		validator.assertError(parse("activity X { lead A }"), Literals.ACTIVITY, IssueCodes.ACTIVITY_WITHOUT_FIELD);
		assertNoIssue(parse("activity X { fields Bildung lead A }"), IssueCodes.ACTIVITY_WITHOUT_FIELD);
	}

	@Test
	void unusedActor() throws Exception {
		RegioModel model = parse("activity X { fields Bildung lead A }");
		validator.assertWarning(model, Literals.ACTOR, IssueCodes.UNUSED_ACTOR, "Actor 'B'");
		assertNoIssue(parse("activity X { fields Bildung lead A partners B }"), IssueCodes.UNUSED_ACTOR);
	}

	@Test
	void actorUsedOnlyFromAnotherFileIsNotUnused() throws Exception {
		ResourceSet set = resourceSets.get();
		RegioModel declaring = parser.parse("namespace nrw.x\nactor Lonely", set);
		parser.parse("namespace nrw.y\nimport nrw.x.*\nfield F\nactivity X { fields F lead Lonely }", set);
		assertNoIssue(declaring, IssueCodes.UNUSED_ACTOR);
	}

	@Test
	void aliasThatNamesAnotherActor() throws Exception {
		RegioModel clash = parse("actor C \"Akteur C\" { alias \"Akteur B\" }\nactivity X { fields Bildung lead A partners B, C }");
		validator.assertWarning(clash, Literals.ACTOR, IssueCodes.ALIAS_CLASH, "'Akteur B'");
		RegioModel fine = parse("actor C \"Akteur C\" { alias \"Akteur Cee\" }\nactivity X { fields Bildung lead A partners B, C }");
		assertNoIssue(fine, IssueCodes.ALIAS_CLASH);
	}

	@Test
	void anAcceptedDuplicateIsNotReported() throws Exception {
		String clash = "actor C \"Akteur C\" { alias \"Akteur B\" }\nactivity X { fields Bildung lead A partners B, C }\n";
		assertNoIssue(parse(clash + "accept duplicate-actor C, B \"zwei Stellen\""), IssueCodes.ALIAS_CLASH);
		assertNoIssue(parse(clash + "accept duplicate-actor nrw.test.B \"alle Dubletten mit B\""), IssueCodes.ALIAS_CLASH);
		validator.assertWarning(parse(clash + "accept parallel C, B \"andere Art\""), Literals.ACTOR,
				IssueCodes.ALIAS_CLASH);
		validator.assertWarning(parse(clash + "accept duplicate-actor C, A \"anderes Paar\""), Literals.ACTOR,
				IssueCodes.ALIAS_CLASH);
	}

	@Test
	void aDuplicateAcceptedInAnotherFileIsNotReported() throws Exception {
		ResourceSet set = resourceSets.get();
		RegioModel clash = parser.parse("namespace nrw.x\nactor C \"Akteur C\" { alias \"Akteur B\" }\n"
				+ "actor B \"Akteur B\"", set);
		validator.assertWarning(clash, Literals.ACTOR, IssueCodes.ALIAS_CLASH);
		parser.parse("namespace nrw.y\naccept duplicate-actor nrw.x.B, nrw.x.C \"zwei Stellen\"", set);
		assertNoIssue(clash, IssueCodes.ALIAS_CLASH);
	}

	@Test
	void anUnknownNameCarriesTheClosestNamesInScope() throws Exception {
		ResourceSet set = resourceSets.get();
		parser.parse("namespace nrw\nactor IHK_Aachen\nactor IHK_Koeln\nactor HWK", set);
		RegioModel model = parser.parse("namespace nrw.ac\nfield Bildung\nactor IHK_Achen\n"
				+ "activity X { fields Bildun lead IHK_aachen partners Nobody }", set);
		var data = validator.validate(model).stream().filter(i -> Diagnostic.LINKING_DIAGNOSTIC.equals(i.getCode()))
				.map(i -> java.util.List.of(i.getData())).toList();
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
				java.util.List.of("Bildun", "ActionField", "Bildung"),
				java.util.List.of("IHK_aachen", "Actor", "nrw.IHK_Aachen", "IHK_Achen"),
				java.util.List.of("Nobody", "Actor")), data);
	}

	@Test
	void memberListedTwice() throws Exception {
		validator.assertWarning(parse("committee K { member A member A }"), Literals.MEMBERSHIP,
				IssueCodes.DUPLICATE_MEMBER);
		assertNoIssue(parse("committee K { member A member B }"), IssueCodes.DUPLICATE_MEMBER);
	}
}
