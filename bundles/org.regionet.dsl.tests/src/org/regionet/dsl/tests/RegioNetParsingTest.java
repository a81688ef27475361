package org.regionet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.ActivityStatus;
import org.regionet.model.ActivityType;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.Challenge;
import org.regionet.model.Committee;
import org.regionet.model.CommitteeKind;
import org.regionet.model.Concept;
import org.regionet.model.ConceptKind;
import org.regionet.model.Cooperation;
import org.regionet.model.FindingKind;
import org.regionet.model.FundingSource;
import org.regionet.model.MemberRole;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;
import org.regionet.model.Suppression;
import org.regionet.model.TargetGroup;

import com.google.inject.Inject;

/** Every construct of the grammar parses into the expected model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RegioNetInjectorProvider.class)
class RegioNetParsingTest {

	static final String FULL_MODEL = """
			namespace nrw.aachen
			import nrw.extern.*
			// a line comment
			region Aachen "Region Aachen" {
				agency RA_Aachen
				districts "StädteRegion Aachen", "Kreis Düren"
				neighbours Koeln
				description "Westlichste Region"
			}
			region Koeln "Region Köln"
			actor RA_Aachen "Regionalagentur Region Aachen" {
				kind regional-agency
				region Aachen
				contact "info@example.org"
			}
			actor IHK_Aachen "IHK Aachen" { kind chamber-of-industry region Aachen, Koeln alias "Industrie- und Handelskammer Aachen", "IHK AC" parent RA_Aachen }
			field Weiterbildung "Aus- und Weiterbildung" { description "MAGS-Handlungsfeld" }
			topic Digital "Digitalisierung" refines Weiterbildung
			target-group Jugendliche "Jugendliche"
			committee Lenkungskreis "Lenkungskreis" {
				kind steering
				region Aachen
				chair RA_Aachen
				mandate Weiterbildung, Digital
				member RA_Aachen as chair "Geschäftsführung"
				member IHK_Aachen
				meeting Workshop "Workshop" on 2024-10-09 {
					participants IHK_Aachen
					decision "Handlungskonzept erarbeiten"
					decision "Jährliche Fortschreibung"
				}
				meeting on 2023-05
			}
			activity Summit "1. Fachkräfte-Summit" {
				type event
				status completed
				region Aachen
				fields Weiterbildung, Digital
				lead IHK_Aachen
				partners RA_Aachen
				targets Jugendliche
				period 2023-02 .. 2023-02-28
				funding esf, land-nrw
				committee Lenkungskreis
				description "Auftakt"
			}
			challenge Mangel "Fachkräftemangel" {
				region Aachen
				fields Weiterbildung
				approach "Weiterbildung stärken" via Summit
				approach "Netzwerke bilden"
			}
			concept HK_2024 "Handlungskonzept" {
				kind action-concept
				region Aachen
				year 2024
				period 2024 ..
				adopted 2024-12-10 by Lenkungskreis
				challenges Mangel
				activities Summit
			}
			cooperation Koop "Kooperation" between RA_Aachen, IHK_Aachen on Weiterbildung since 2020
			accept parallel Summit, Mangel "verschiedene Zielgruppen" on 2024-11-01
			""";

	@Inject
	private ParseHelper<RegioModel> parseHelper;

	@Test
	void parsesEveryConstruct() throws Exception {
		RegioModel model = parseHelper.parse(FULL_MODEL);
		assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
		assertEquals("nrw.aachen", model.getName());
		assertEquals("nrw.extern.*", model.getImports().get(0).getImportedNamespace());

		Region aachen = (Region) model.getElements().get(0);
		assertEquals("RA_Aachen", aachen.getAgency().getName());
		assertEquals(2, aachen.getDistricts().size());
		assertEquals("Koeln", aachen.getNeighbours().get(0).getName());

		Actor ihk = (Actor) model.getElements().get(3);
		assertEquals(ActorKind.CHAMBER_OF_INDUSTRY, ihk.getKind());
		assertEquals(2, ihk.getRegions().size());
		assertEquals(2, ihk.getAliases().size());
		assertEquals("RA_Aachen", ihk.getParent().getName());

		ActionField topic = (ActionField) model.getElements().get(5);
		assertTrue(topic.isTopic());
		assertEquals("Weiterbildung", topic.getRefines().getName());
		assertFalse(((ActionField) model.getElements().get(4)).isTopic());
		assertEquals("Jugendliche", ((TargetGroup) model.getElements().get(6)).getTitle());

		Committee committee = (Committee) model.getElements().get(7);
		assertEquals(CommitteeKind.STEERING, committee.getKind());
		assertEquals(2, committee.getMandate().size());
		assertEquals(MemberRole.CHAIR, committee.getMembers().get(0).getRole());
		assertEquals("Geschäftsführung", committee.getMembers().get(0).getNote());
		assertEquals(MemberRole.MEMBER, committee.getMembers().get(1).getRole());
		assertEquals("2024-10-09", committee.getMeetings().get(0).getDate());
		assertEquals(2, committee.getMeetings().get(0).getDecisions().size());
		assertEquals("2023-05", committee.getMeetings().get(1).getDate());

		Activity summit = (Activity) model.getElements().get(8);
		assertEquals(ActivityType.EVENT, summit.getType());
		assertEquals(ActivityStatus.COMPLETED, summit.getStatus());
		assertEquals(2, summit.getFields().size());
		assertEquals("IHK_Aachen", summit.getLead().getName());
		assertEquals("2023-02", summit.getPeriod().getFrom());
		assertEquals("2023-02-28", summit.getPeriod().getTo());
		assertEquals(FundingSource.LAND_NRW, summit.getFunding().get(1));
		assertEquals("Lenkungskreis", summit.getCommittee().getName());

		Challenge challenge = (Challenge) model.getElements().get(9);
		assertEquals(2, challenge.getApproaches().size());
		assertEquals("Summit", challenge.getApproaches().get(0).getActivities().get(0).getName());

		Concept concept = (Concept) model.getElements().get(10);
		assertEquals(ConceptKind.ACTION_CONCEPT, concept.getKind());
		assertEquals(2024, concept.getYear());
		assertEquals("2024", concept.getPeriod().getFrom());
		assertEquals(null, concept.getPeriod().getTo());
		assertEquals("Lenkungskreis", concept.getAdoptedBy().getName());

		Cooperation cooperation = (Cooperation) model.getElements().get(11);
		assertEquals(2, cooperation.getPartners().size());
		assertEquals("2020", cooperation.getSince());

		Suppression suppression = (Suppression) model.getElements().get(12);
		assertEquals(FindingKind.PARALLEL, suppression.getKind());
		assertEquals(2, suppression.getElements().size());
		assertEquals("verschiedene Zielgruppen", suppression.getReason());
	}

	@Test
	void reportsSyntaxErrorsWithPosition() throws Exception {
		RegioModel model = parseHelper.parse("namespace x\nactor A { kind nonsense }\n");
		assertFalse(model.eResource().getErrors().isEmpty());
		assertEquals(2, model.eResource().getErrors().get(0).getLine());
	}
}
