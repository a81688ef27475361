package org.regionet.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.DescriptionFactory;
import org.regionet.diagram.description.NodeMapping;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.ui.DiagramSelection;
import org.regionet.diagram.ui.EdgeHits;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/** Rubber-band and multi-selection by key, moving only the outermost selected nodes, and edge hits. */
class SelectionAndHitsTest {

	private final NodeMapping mapping = DescriptionFactory.eINSTANCE.createNodeMapping();
	private final Diagram diagram = new Diagram(RepresentationRegistry.builtIn().get("actor-network"), "t", Set.of(),
			Set.of());
	private final DiagramNode container = node("C", null, 0, 0, 300, 200);
	private final DiagramNode inner = node("I", container, 20, 20, 50, 30);
	private final DiagramNode outside = node("O", null, 400, 0, 50, 30);

	private DiagramNode node(String key, DiagramNode parent, double x, double y, double w, double h) {
		DiagramNode node = new DiagramNode(key, key, mapping, parent);
		node.setPosition(x, y);
		node.setSize(w, h);
		if (parent == null) {
			diagram.addNode(node);
		} else {
			parent.addChild(node);
		}
		return node;
	}

	@Test
	void aRubberBandSelectsTheNodesWhollyInsideButNotTheContainerAroundThem() {
		DiagramSelection selection = new DiagramSelection();
		selection.addInside(diagram, new Rect(10, 10, 100, 100));
		assertEquals(List.of(inner), selection.nodes(diagram));
		selection.addInside(diagram, new Rect(-10, -10, 500, 300));
		assertEquals(Set.of(container, inner, outside), Set.copyOf(selection.nodes(diagram)));
	}

	@Test
	void onlyTheOutermostSelectedNodesMoveSoChildrenAreNotMovedTwice() {
		DiagramSelection selection = new DiagramSelection();
		selection.toggle(inner);
		selection.toggle(container);
		selection.toggle(outside);
		assertEquals(List.of(container, outside), selection.movable(diagram));
		selection.toggle(container);
		assertEquals(List.of(inner, outside), selection.movable(diagram));
	}

	@Test
	void theSelectionIsKeptByKeyAcrossARedraw() {
		DiagramSelection selection = new DiagramSelection();
		selection.selectOnly(outside);
		Diagram redrawn = new Diagram(diagram.description(), "t", Set.of(), Set.of());
		DiagramNode again = new DiagramNode("O", "O", mapping, null);
		redrawn.addNode(again);
		assertEquals(List.of(again), selection.nodes(redrawn));
		assertTrue(selection.contains(again));
	}

	@Test
	void anEdgeIsHitNearItsRouteAndNotFarFromIt() {
		DiagramEdge edge = new DiagramEdge("E", null, container, outside);
		edge.setRoute(List.of(new Point(300, 100), new Point(350, 100), new Point(350, 15), new Point(400, 15)));
		diagram.addEdge(edge);
		assertEquals(edge, EdgeHits.at(diagram, 352, 60, 4).orElseThrow());
		assertFalse(EdgeHits.at(diagram, 330, 60, 4).isPresent());
	}
}
