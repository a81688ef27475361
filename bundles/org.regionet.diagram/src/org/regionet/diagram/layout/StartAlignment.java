package org.regionet.diagram.layout;

import java.util.List;

import org.regionet.diagram.description.LayoutDirection;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;

/**
 * Where nodes are kept in one row or column in model order, layered centres them on the row's axis; aligning them
 * at the start (top of a row, left of a column) reads better for cards and panels of different sizes.
 */
final class StartAlignment {

	private StartAlignment() {
	}

	static void apply(Diagram diagram, LayoutSettings settings) {
		if (settings.keepModelOrder() && settings.isLayered()) {
			align(diagram.nodes(), settings.direction());
		}
		diagram.allNodes().filter(n -> !n.children().isEmpty()).forEach(container -> {
			LayoutSettings inside = ElkGraphBuilder.childrenSettings(container, settings);
			if (inside != null && inside.keepModelOrder() && settings.isLayered()) {
				align(container.children(), inside.direction());
			}
		});
	}

	/** Aligns nodes that form one row or column; anything else (several layers) is left as ELK placed it. */
	private static void align(List<DiagramNode> nodes, LayoutDirection direction) {
		boolean column = direction == LayoutDirection.RIGHT || direction == LayoutDirection.LEFT;
		double latestStart = nodes.stream().mapToDouble(n -> column ? n.x() : n.y()).max().orElse(0);
		double earliestEnd = nodes.stream().mapToDouble(n -> column ? n.x() + n.width() : n.y() + n.height()).min()
				.orElse(0);
		if (latestStart >= earliestEnd) {
			return;
		}
		double start = nodes.stream().mapToDouble(n -> column ? n.x() : n.y()).min().orElse(0);
		for (DiagramNode node : nodes) {
			node.setPosition(column ? start : node.x(), column ? node.y() : start);
		}
	}
}
