package org.regionet.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/**
 * Copies ELK's result back: node positions stay relative to the parent; edge routes and labels, which ELK gives
 * relative to the edge's containing node, become diagram coordinates.
 */
final class ElkResultReader {

	private ElkResultReader() {
	}

	static void read(Map<DiagramNode, ElkNode> nodes, Map<DiagramEdge, ElkEdge> edges, Set<DiagramEdge> reversed) {
		nodes.forEach((node, elk) -> {
			node.setPosition(elk.getX(), elk.getY());
			node.setSize(elk.getWidth(), elk.getHeight());
		});
		edges.forEach((edge, elk) -> readEdge(edge, elk, reversed.contains(edge)));
	}

	private static void readEdge(DiagramEdge edge, ElkEdge elk, boolean reversed) {
		double[] offset = absolute(elk.getContainingNode());
		List<Point> points = new ArrayList<>();
		for (ElkEdgeSection section : elk.getSections()) {
			add(points, section.getStartX() + offset[0], section.getStartY() + offset[1]);
			for (ElkBendPoint bend : section.getBendPoints()) {
				add(points, bend.getX() + offset[0], bend.getY() + offset[1]);
			}
			add(points, section.getEndX() + offset[0], section.getEndY() + offset[1]);
		}
		if (reversed) {
			Collections.reverse(points);
		}
		edge.setRoute(points);
		if (!elk.getLabels().isEmpty()) {
			ElkLabel label = elk.getLabels().get(0);
			edge.setLabelBounds(new Rect(label.getX() + offset[0], label.getY() + offset[1], label.getWidth(),
					label.getHeight()));
		}
	}

	private static void add(List<Point> points, double x, double y) {
		Point point = new Point(x, y);
		if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
			points.add(point);
		}
	}

	/** The position of a node's top-left corner in root coordinates. */
	private static double[] absolute(ElkNode node) {
		double x = 0;
		double y = 0;
		for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
			x += n.getX();
			y += n.getY();
		}
		return new double[] { x, y };
	}
}
