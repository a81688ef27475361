package org.regionet.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.regionet.diagram.description.LayoutDirection;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Rect;

/**
 * Makes room for pinned nodes: siblings that overlap a pinned node (or a node already moved) are pushed along the
 * layers, down in a left-to-right layout and right in a top-down one, so the layering ELK chose stays intact.
 */
final class OverlapRemover {

	private OverlapRemover() {
	}

	/** Resolves overlaps among siblings; returns whether anything moved. */
	static boolean resolve(List<DiagramNode> siblings, double spacing, LayoutDirection direction) {
		boolean vertical = direction == LayoutDirection.RIGHT || direction == LayoutDirection.LEFT;
		List<DiagramNode> placed = new ArrayList<>();
		List<DiagramNode> free = new ArrayList<>();
		for (DiagramNode node : siblings) {
			(node.isPinned() ? placed : free).add(node);
		}
		free.sort(vertical ? Comparator.comparingDouble(DiagramNode::y).thenComparingDouble(DiagramNode::x)
				: Comparator.comparingDouble(DiagramNode::x).thenComparingDouble(DiagramNode::y));
		boolean moved = false;
		for (DiagramNode node : free) {
			DiagramNode blocker;
			int guard = 0;
			while ((blocker = firstOverlap(node, placed, spacing)) != null && guard++ < siblings.size() + 1) {
				if (vertical) {
					node.setPosition(node.x(), blocker.y() + blocker.height() + spacing);
				} else {
					node.setPosition(blocker.x() + blocker.width() + spacing, node.y());
				}
				moved = true;
			}
			placed.add(node);
		}
		return moved;
	}

	private static DiagramNode firstOverlap(DiagramNode node, List<DiagramNode> placed, double spacing) {
		Rect mine = node.bounds().grow(spacing / 2 - 0.01);
		for (DiagramNode other : placed) {
			if (mine.intersects(other.bounds().grow(spacing / 2 - 0.01))) {
				return other;
			}
		}
		return null;
	}
}
