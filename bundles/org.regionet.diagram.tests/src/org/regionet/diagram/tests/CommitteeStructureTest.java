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
import org.regionet.diagram.view.DiagramNode;
import org.regionet.model.Committee;
import org.regionet.model.MemberRole;
import org.regionet.model.Membership;

/** Committees as containers with their members and roles. */
class CommitteeStructureTest {

	private static final String AUSSCHUSS = "nrw.aachen.Ausschuss_Arbeit";

	@Test
	void committeesContainTheirMembers() {
		Diagram diagram = Diagrams.of("committee-structure");
		List<DiagramNode> committees = Diagrams.nodes(diagram, "committee");
		assertEquals(12, committees.size());
		assertTrue(committees.stream().allMatch(DiagramNode::isContainer));
		DiagramNode ausschuss = Diagrams.node(diagram, AUSSCHUSS);
		Committee committee = (Committee) ExampleModels.element(AUSSCHUSS);
		assertEquals(committee.getMembers().size(), ausschuss.children().size());
		DiagramNode office = Diagrams.node(diagram, AUSSCHUSS + "/members:nrw.aachen.RA_Aachen");
		assertEquals(ausschuss, office.parent());
		assertEquals("Regionalagentur Region Aachen", office.label());
	}

	@Test
	void rolesShowInTheBorderAndKindsInTheFill() {
		Diagram diagram = Diagrams.of("committee-structure");
		DiagramNode office = Diagrams.node(diagram, AUSSCHUSS + "/members:nrw.aachen.RA_Aachen");
		assertEquals("#ad1457", office.appearance().borderColor(), "office");
		assertEquals("RA", office.appearance().badge(), "regional agency");
		DiagramNode advisor = Diagrams.node(diagram, AUSSCHUSS + "/members:nrw.aachen.IHK_Aachen");
		assertEquals(LineDash.DOTTED, advisor.appearance().borderDash());
		assertEquals("#fdebd9", advisor.appearance().fillColor(), "chamber of industry");
		DiagramNode chair = Diagrams.node(diagram,
				"nrw.ruhrgebiet.Fachkraeftebuendnis_WR/members:nrw.ruhrgebiet.IHK_Dortmund");
		assertTrue(chair.appearance().labelBold());
		assertEquals(2.8, chair.appearance().borderWidth(), 1e-9);
	}

	@Test
	void mandateLayerAddsFieldsAndEdges() {
		Diagram without = Diagrams.of("committee-structure");
		assertEquals(0, Diagrams.nodes(without, "field").size());
		Diagram with = Diagrams.of("committee-structure", Diagrams.layers("mandate"));
		assertTrue(Diagrams.connected(with, "mandate", AUSSCHUSS, "nrw.aachen.Faire_Arbeit"));
		assertTrue(with.node("nrw.Akademische_Bildung").isPresent());
		Committee committee = (Committee) ExampleModels.element(AUSSCHUSS);
		assertEquals(committee.getMandate().size(), Diagrams.edges(with, "mandate").stream()
				.filter(e -> e.source().key().equals(AUSSCHUSS)).count());
	}

	@Test
	void filterKeepsOnlyChairsAndOffices() {
		Diagram diagram = Diagrams.of("committee-structure", DiagramOptions.defaults().withFilters(Set.of("only-chairs")));
		List<DiagramNode> members = Diagrams.nodes(diagram, "member");
		assertFalse(members.isEmpty());
		for (DiagramNode member : members) {
			MemberRole role = ((Membership) member.semantic()).getRole();
			assertTrue(role == MemberRole.CHAIR || role == MemberRole.DEPUTY || role == MemberRole.OFFICE, member.key());
		}
		assertEquals(12, Diagrams.nodes(diagram, "committee").size(), "containers stay");
	}

	@Test
	void overlappingCommitteesAreLinkedAsFinding() {
		Diagram diagram = Diagrams.of("committee-structure",
				DiagramOptions.defaults().withFindings(ExampleModels.findings()));
		assertTrue(Diagrams.connected(diagram, "finding", "nrw.ruhrgebiet.Facharbeitskreis_WR",
				"nrw.ruhrgebiet.Fachkraeftebuendnis_WR"));
		assertEquals("#d32f2f", Diagrams.node(diagram, "nrw.ruhrgebiet.Facharbeitskreis_WR").appearance().borderColor());
	}
}
