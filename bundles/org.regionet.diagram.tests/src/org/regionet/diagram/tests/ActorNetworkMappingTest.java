package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.LineDash;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.LegendEntry;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.Cooperation;
import org.regionet.model.MemberRole;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;

/** The actor network of the NRW example: nodes, edges, layers, filters and conditional styles. */
class ActorNetworkMappingTest {

	private static final String IHK = "nrw.aachen.IHK_Aachen";
	private static final String KOKO = "nrw.aachen.KoKo_Aachen";

	private static List<Object> all(Class<?> type) {
		return ExampleModels.all().stream().flatMap(m -> m.getElements().stream()).filter(type::isInstance)
				.map(Object.class::cast).toList();
	}

	@Test
	void everyActorBecomesANodeLabelledWithItsTitle() {
		Diagram diagram = Diagrams.of("actor-network");
		assertEquals(71, Diagrams.nodes(diagram, "actor").size(), "EXPECTED_FINDINGS.md counts 71 actors");
		assertEquals("IHK Aachen", Diagrams.node(diagram, IHK).label());
		assertEquals(12, Diagrams.nodes(diagram, "committee").size(), "committees layer is on by default");
	}

	@Test
	void bilateralCooperationsAreEdgesAndLargerOnesHubs() {
		Diagram diagram = Diagrams.of("actor-network");
		assertTrue(Diagrams.connected(diagram, "cooperation", IHK, KOKO), "Kooperation_KAoA_IHK");
		Set<Set<Object>> pairs = new HashSet<>();
		int hubs = 0;
		int hubLinks = 0;
		for (Object o : all(Cooperation.class)) {
			List<Actor> partners = ((Cooperation) o).getPartners();
			if (partners.size() == 2) {
				pairs.add(Set.of(partners.get(0), partners.get(1)));
			} else if (partners.size() > 2) {
				hubs++;
				hubLinks += partners.size();
			}
		}
		assertEquals(pairs.size(), Diagrams.edges(diagram, "cooperation").size());
		assertEquals(hubs, Diagrams.nodes(diagram, "cooperationHub").size());
		assertEquals(hubLinks, Diagrams.edges(diagram, "cooperationPartner").size());
		assertTrue(Diagrams.connected(diagram, "cooperationPartner", "nrw.hellweg.Weiterbildungsvereinbarung_HHS",
				"nrw.hellweg.RA_Hellweg_Hochsauerland"), "seven-party agreement of seed 004 as a hub");
	}

	@Test
	void membershipsConnectActorsToTheirCommittees() {
		Diagram diagram = Diagrams.of("actor-network");
		long memberships = all(Committee.class).stream()
				.flatMap(c -> ((Committee) c).getMembers().stream().map(m -> m.getActor())).count();
		assertEquals(memberships, Diagrams.edges(diagram, "membership").size());
		DiagramEdge office = Diagrams.edges(diagram, "membership").stream()
				.filter(e -> e.source().key().equals("nrw.aachen.KoKo_Aachen")
						&& e.target().key().equals("nrw.aachen.Steuerungsgruppe_KAoA"))
				.findFirst().orElseThrow();
		assertEquals(2.6, office.appearance().width(), 1e-9, "the chair's edge is bold");
	}

	@Test
	void layersSwitchMappingsOnAndOff() {
		Diagram none = Diagrams.of("actor-network", Diagrams.layers());
		assertEquals(0, Diagrams.nodes(none, "committee").size());
		assertEquals(0, Diagrams.edges(none, "membership").size());
		assertEquals(0, Diagrams.edges(none, "partnership").size());

		Diagram activities = Diagrams.of("actor-network", Diagrams.layers("activities"));
		assertTrue(activities.activeLayers().contains("activities"));
		DiagramEdge summit = Diagrams.edges(activities, "partnership").stream()
				.filter(e -> e.source().key().equals("nrw.aachen.RAZV") && e.target().key().equals("nrw.aachen.RA_Aachen"))
				.findFirst().orElseThrow(() -> new AssertionError("Fachkraefte_Summit_2023: lead RAZV, partner RA_Aachen"));
		assertTrue(summit.tooltip().contains("Fachkräfte-Summit"), summit.tooltip());
	}

	@Test
	void filtersHideElements() {
		Diagram all = Diagrams.of("actor-network");
		assertTrue(all.node("nrw.MAGS").isPresent());
		Diagram noState = Diagrams.of("actor-network", DiagramOptions.defaults().withFilters(Set.of("hide-state-level")));
		assertFalse(noState.node("nrw.MAGS").isPresent());
		assertFalse(noState.node("nrw.GIB").isPresent());
		assertTrue(noState.edges().stream().noneMatch(e -> e.source().key().equals("nrw.MAGS")
				|| e.target().key().equals("nrw.MAGS")), "edges of hidden nodes go too");

		Diagram noAdvisors = Diagrams.of("actor-network",
				DiagramOptions.defaults().withFilters(Set.of("hide-advisory-members")));
		assertTrue(Diagrams.edges(noAdvisors, "membership").stream().map(e -> (Membership) e.semantics().get(0))
				.noneMatch(m -> m.getRole() == MemberRole.ADVISOR || m.getRole() == MemberRole.GUEST));
		assertTrue(Diagrams.edges(noAdvisors, "membership").size() < Diagrams.edges(all, "membership").size());

		Diagram connectedOnly = Diagrams.of("actor-network",
				Diagrams.layers().withFilters(Set.of("hide-unconnected")));
		for (DiagramNode actor : Diagrams.nodes(connectedOnly, "actor")) {
			assertTrue(connectedOnly.edges().stream().anyMatch(e -> e.connects(actor)), actor.key());
		}
		assertTrue(Diagrams.nodes(connectedOnly, "actor").size() < 71);
	}

	@Test
	void actorsAreColouredAndBadgedByKind() {
		Diagram diagram = Diagrams.of("actor-network");
		DiagramNode ihk = Diagrams.node(diagram, IHK);
		assertEquals("#fdebd9", ihk.appearance().fillColor());
		assertEquals("IHK", ihk.appearance().badge());
		DiagramNode hwk = Diagrams.node(diagram, "nrw.aachen.Handwerkskammer_Aachen");
		assertEquals("HWK", hwk.appearance().badge());
		assertEquals(LineDash.SOLID, hwk.appearance().borderDash());
		List<String> legend = diagram.legend().stream().map(LegendEntry::label).toList();
		assertTrue(legend.contains("Industrie- und Handelskammer / Chamber of commerce"), legend.toString());
		assertTrue(legend.contains("Kooperation / Cooperation"), legend.toString());
		assertFalse(legend.contains("Befund / Finding"), "no findings, no finding legend");
	}

	@Test
	void findingsMarkTheirActorsAndAddRedDashedEdges() {
		Diagram diagram = Diagrams.of("actor-network", DiagramOptions.defaults().withFindings(ExampleModels.findings()));
		for (String key : List.of("nrw.aachen.Handwerkskammer_Aachen", "nrw.HWK_AC")) {
			DiagramNode node = Diagrams.node(diagram, key);
			assertEquals("#d32f2f", node.appearance().borderColor(), key);
			assertEquals(LineDash.DASHED, node.appearance().borderDash(), key);
			assertEquals("HWK", node.appearance().badge(), "the kind style still applies");
		}
		List<DiagramEdge> findings = Diagrams.edges(diagram, "finding");
		assertTrue(findings.stream().anyMatch(e -> e.label().equals("D1 Dublette")));
		assertTrue(findings.stream().anyMatch(e -> e.label().equals("O1 Überschneidung")), "committee pair");
		assertEquals(LineDash.DASHED, findings.get(0).appearance().dash());
		assertEquals("#d32f2f", findings.get(0).appearance().color());
		assertTrue(diagram.legend().stream().anyMatch(l -> l.label().equals("Befund / Finding")));

		Diagram hidden = Diagrams.of("actor-network",
				Diagrams.layers("committees").withFindings(ExampleModels.findings()));
		assertEquals(0, Diagrams.edges(hidden, "finding").size(), "findings layer off");
	}

	@Test
	void unknownLayerIsAClearError() {
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> Diagrams.of("actor-network", Diagrams.layers("nope")));
		assertTrue(e.getMessage().contains("known: committees, activities, findings"), e.getMessage());
	}

	@Test
	void titleNamesTheRepresentationAndNamespaces() {
		Diagram diagram = Diagrams.of("actor-network");
		String namespaces = String.join(", ", ExampleModels.all().stream().map(RegioModel::getName).toList());
		assertEquals("Akteursnetz / Actor network — " + namespaces, diagram.title());
	}
}
