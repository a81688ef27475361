package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.regionet.diagram.bench.SyntheticNetwork;
import org.regionet.diagram.layout.DiagramLayout;
import org.regionet.diagram.layout.ElkEngine;
import org.regionet.diagram.layout.LayoutSettings;
import org.regionet.diagram.mapping.DiagramInterpreter;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/** ELK layout of the example: no overlaps, routed edges, other algorithms, pinned positions. */
class LayoutTest {

	private static final DiagramLayout LAYOUT = new DiagramLayout();

	static Diagram laidOut(String representation, DiagramOptions options, LayoutSettings settings,
			Map<String, Point> pins) {
		Diagram diagram = Diagrams.of(representation, options);
		LAYOUT.layout(diagram, settings, pins);
		return diagram;
	}

	static Diagram laidOut(String representation, DiagramOptions options) {
		return laidOut(representation, options,
				LayoutSettings.of(RepresentationRegistry.builtIn().get(representation)), Map.of());
	}

	/** Siblings do not overlap, children lie inside their container, and labels fit into their nodes. */
	static void assertNoOverlaps(Diagram diagram) {
		List<List<DiagramNode>> groups = new ArrayList<>();
		groups.add(diagram.nodes());
		diagram.allNodes().filter(n -> !n.children().isEmpty()).forEach(n -> groups.add(n.children()));
		for (List<DiagramNode> siblings : groups) {
			for (int i = 0; i < siblings.size(); i++) {
				Rect a = siblings.get(i).absoluteBounds();
				assertTrue(a.width() > 0 && a.height() > 0, siblings.get(i).key());
				for (int j = i + 1; j < siblings.size(); j++) {
					assertFalse(a.intersects(siblings.get(j).absoluteBounds()),
							siblings.get(i).key() + " overlaps " + siblings.get(j).key());
				}
			}
		}
		diagram.allNodes().filter(n -> n.parent() != null).forEach(n -> assertTrue(
				n.parent().absoluteBounds().contains(n.absoluteBounds()), n.key() + " sticks out of its container"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "actor-network", "committee-structure", "region-landscape" })
	void layeredLayoutHasNoOverlappingNodes(String representation) {
		Diagram diagram = laidOut(representation, DiagramOptions.defaults().withFindings(ExampleModels.findings()));
		assertNoOverlaps(diagram);
		for (DiagramEdge edge : diagram.edges()) {
			assertTrue(edge.route().size() >= 2, edge.key() + " has a route");
		}
	}

	@Test
	void actorNetworkWithAllLayersHasNoOverlapsAndOrthogonalEdges() {
		Diagram diagram = laidOut("actor-network",
				Diagrams.layers("committees", "activities", "findings").withFindings(ExampleModels.findings()));
		assertNoOverlaps(diagram);
		for (DiagramEdge edge : diagram.edges()) {
			List<Point> route = edge.route();
			for (int i = 1; i < route.size(); i++) {
				boolean horizontal = Math.abs(route.get(i).y() - route.get(i - 1).y()) < 0.5;
				boolean vertical = Math.abs(route.get(i).x() - route.get(i - 1).x()) < 0.5;
				assertTrue(horizontal || vertical, edge.key() + " segment " + i + " is not orthogonal");
			}
			Rect source = edge.source().absoluteBounds().grow(1);
			Point start = route.get(0);
			assertTrue(source.contains(new Rect(start.x(), start.y(), 0, 0)), edge.key() + " starts at its source");
		}
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.labelBounds() != null) {
				for (DiagramNode node : diagram.allNodes().toList()) {
					assertFalse(edge.labelBounds().intersects(node.absoluteBounds()),
							"label of " + edge.key() + " covers " + node.key());
				}
			}
		}
	}

	@Test
	void largeGeneratedNetworkHasNoOverlapsEither() {
		Diagram diagram = new DiagramInterpreter(RepresentationRegistry.builtIn().get("actor-network"))
				.interpret(List.of(SyntheticNetwork.generate(600, 1800, 7)), DiagramOptions.defaults());
		assertEquals(1800, diagram.edges().size());
		LAYOUT.layout(diagram, LayoutSettings.of(RepresentationRegistry.builtIn().get("actor-network")));
		assertNoOverlaps(diagram);
		assertTrue(diagram.edges().stream().allMatch(e -> e.route().size() >= 2));
	}

	@Test
	void otherAlgorithmsAreSelectable() {
		Diagram diagram = laidOut("actor-network", Diagrams.layers(),
				LayoutSettings.of(RepresentationRegistry.builtIn().get("actor-network")).withAlgorithm("box"), Map.of());
		assertNoOverlaps(diagram);
		assertTrue(diagram.edges().stream().allMatch(e -> e.route().size() >= 2), "simple routes without ELK routing");
		assertTrue(ElkEngine.algorithms().contains("org.eclipse.elk.layered"), ElkEngine.algorithms().toString());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> laidOut("actor-network", Diagrams.layers(),
						LayoutSettings.defaults().withAlgorithm("org.example.nope"), Map.of()));
		assertTrue(e.getMessage().contains("org.eclipse.elk.layered"), e.getMessage());
	}

	@Test
	void pinnedNodesKeepTheirPositionsAndOthersMakeRoom() {
		Diagram free = laidOut("actor-network", Diagrams.layers());
		DiagramNode ihk = Diagrams.node(free, "nrw.aachen.IHK_Aachen");
		DiagramNode other = free.nodes().stream().filter(n -> n != ihk).findFirst().orElseThrow();
		// pin the IHK exactly onto another node's place: that node has to move, the IHK must not
		Point onTop = new Point(other.x(), other.y());
		Diagram pinned = laidOut("actor-network", Diagrams.layers(),
				LayoutSettings.of(RepresentationRegistry.builtIn().get("actor-network")),
				Map.of("nrw.aachen.IHK_Aachen", onTop, "no.such.Node", new Point(1, 1)));
		DiagramNode pinnedIhk = Diagrams.node(pinned, "nrw.aachen.IHK_Aachen");
		assertTrue(pinnedIhk.isPinned());
		assertEquals(onTop, new Point(pinnedIhk.x(), pinnedIhk.y()));
		assertNoOverlaps(pinned);
		for (DiagramEdge edge : pinned.edges()) {
			if (edge.connects(pinnedIhk)) {
				Point end = edge.source() == pinnedIhk ? edge.route().get(0) : edge.route().get(edge.route().size() - 1);
				assertTrue(pinnedIhk.absoluteBounds().grow(1).contains(new Rect(end.x(), end.y(), 0, 0)),
						"edges follow the pinned node");
			}
		}
	}

	@Test
	void pinnedChildStaysInsideItsGrowingContainer() {
		String key = "nrw.aachen.Ausschuss_Arbeit/members:nrw.aachen.RA_Aachen";
		Diagram diagram = laidOut("committee-structure", DiagramOptions.defaults(),
				LayoutSettings.of(RepresentationRegistry.builtIn().get("committee-structure")),
				Map.of(key, new Point(900, 500)));
		DiagramNode member = Diagrams.node(diagram, key);
		assertEquals(new Point(900, 500), new Point(member.x(), member.y()));
		assertNoOverlaps(diagram);
	}
}
