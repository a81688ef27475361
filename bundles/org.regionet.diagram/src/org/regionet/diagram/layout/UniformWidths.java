package org.regionet.diagram.layout;

import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;

/** Gives the leaf nodes of containers that ask for it the width of the widest one, so columns look tidy. */
final class UniformWidths {

	private UniformWidths() {
	}

	static void apply(Diagram diagram, LayoutSettings settings) {
		diagram.allNodes().filter(n -> !n.children().isEmpty()).forEach(container -> {
			LayoutSettings inside = ElkGraphBuilder.childrenSettings(container, settings);
			if (inside != null && inside.uniformWidth()) {
				double widest = container.children().stream().filter(n -> !n.isContainer())
						.mapToDouble(DiagramNode::width).max().orElse(0);
				container.children().stream().filter(n -> !n.isContainer())
						.forEach(n -> n.setSize(widest, n.height()));
			}
		});
	}
}
