package org.regionet.diagram.ui;

import java.util.Comparator;
import java.util.Optional;

import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Rect;

/** Which node is under a point of the diagram: the innermost one, since containers are drawn below their children. */
public final class NodeHits {

	private NodeHits() {
	}

	public static Optional<DiagramNode> at(Diagram diagram, double modelX, double modelY) {
		return diagram.allNodes().filter(node -> contains(node.absoluteBounds(), modelX, modelY))
				.max(Comparator.comparingInt(DiagramNode::depth));
	}

	private static boolean contains(Rect r, double x, double y) {
		return x >= r.x() && x <= r.right() && y >= r.y() && y <= r.bottom();
	}
}
