package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.LineDash;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;

/** Regions as containers with activities grouped by action field, findings and gaps. */
class RegionLandscapeTest {

	private static final String AACHEN = "nrw.Aachen";
	private static final String HELLWEG = "nrw.Hellweg_Hochsauerland";
	private static final String TRAINING = "/nrw.Aus_und_Weiterbildung";

	private static List<String> fieldGroups(Diagram diagram, String region) {
		return Diagrams.node(diagram, region).children().stream().filter(n -> n.mapping().getName().equals("fieldGroup"))
				.map(n -> n.label()).toList();
	}

	@Test
	void regionsHoldOneGroupPerCoveredBaseField() {
		Diagram diagram = Diagrams.of("region-landscape");
		assertEquals(4, Diagrams.nodes(diagram, "region").size());
		assertEquals(6, fieldGroups(diagram, AACHEN).size(), "Aachen covers all six fields");
		assertEquals(5, fieldGroups(diagram, HELLWEG).size(), "Hellweg lacks Akademische Bildung (gap G1)");
		assertTrue(Diagrams.node(diagram, "nrw.Region_Koeln").children().isEmpty());
	}

	@Test
	void activitiesSitInTheGroupsOfTheirResolvedFields() {
		Diagram diagram = Diagrams.of("region-landscape");
		DiagramNode botschafter = Diagrams.node(diagram, AACHEN + TRAINING + "/nrw.aachen.Ausbildungsbotschafter_IHK");
		assertEquals(AACHEN + TRAINING, botschafter.parent().key());
		// the 2023 summit names only a topic that refines Aus_und_Weiterbildung
		assertTrue(diagram.node(AACHEN + TRAINING + "/nrw.aachen.Fachkraefte_Summit_2023").isPresent());
		assertFalse(diagram.node(AACHEN + "/nrw.aachen.Ausbildung_sichert_Zukunft").isPresent(), "topics are no groups");
		assertTrue(Diagrams.nodes(diagram, "activity").stream()
				.allMatch(n -> n.parent().mapping().getName().equals("fieldGroup")));
	}

	@Test
	void statusAndTypeDecideTheLook() {
		Diagram diagram = Diagrams.of("region-landscape");
		DiagramNode completed = Diagrams.node(diagram, AACHEN + TRAINING + "/nrw.aachen.Fachkraefte_Summit_2023");
		assertEquals("#eef1f3", completed.appearance().fillColor());
		assertEquals("V", completed.appearance().badge(), "event");
		DiagramNode running = Diagrams.node(diagram, AACHEN + TRAINING + "/nrw.aachen.Ausbildungsbotschafter_IHK");
		assertEquals("#e8f5e9", running.appearance().fillColor());
		assertEquals("P", running.appearance().badge(), "project");
	}

	@Test
	void findingsLayerDrawsFindingsAndGaps() {
		Diagram diagram = Diagrams.of("region-landscape", DiagramOptions.defaults().withFindings(ExampleModels.findings()));
		List<DiagramEdge> findings = Diagrams.edges(diagram, "finding");
		DiagramEdge p1 = findings.stream().filter(e -> e.label().equals("P1 parallel")).findFirst().orElseThrow();
		assertEquals(AACHEN + TRAINING + "/nrw.aachen.Ausbildungsbotschafter_Handwerk", p1.source().key());
		assertEquals(LineDash.DASHED, p1.appearance().dash());
		assertTrue(findings.stream().anyMatch(e -> e.label().equals("A4 Analogon")), "across regions");
		DiagramNode gap = Diagrams.nodes(diagram, "gap").get(0);
		assertEquals(HELLWEG, gap.parent().key());
		assertEquals("Lücke: Akademische Bildung", gap.label());
		assertEquals("#d32f2f", p1.source().appearance().borderColor(), "involved activities are marked");

		Diagram off = Diagrams.of("region-landscape", Diagrams.layers().withFindings(ExampleModels.findings()));
		assertEquals(0, Diagrams.edges(off, "finding").size());
		assertEquals(0, Diagrams.nodes(off, "gap").size());
	}

	@Test
	void filtersHideCompletedActivitiesAndEmptyRegions() {
		Diagram diagram = Diagrams.of("region-landscape",
				DiagramOptions.defaults().withFilters(Set.of("hide-completed", "hide-empty-regions")));
		assertFalse(diagram.node(AACHEN + TRAINING + "/nrw.aachen.Fachkraefte_Summit_2023").isPresent());
		assertTrue(diagram.node(AACHEN + TRAINING + "/nrw.aachen.Ausbildungsbotschafter_IHK").isPresent());
		assertFalse(diagram.node("nrw.Region_Koeln").isPresent());
		assertEquals(3, Diagrams.nodes(diagram, "region").size());
	}
}
