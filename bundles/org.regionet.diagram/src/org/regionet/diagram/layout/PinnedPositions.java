package org.regionet.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;

/**
 * Puts pinned nodes back where the user placed them after ELK's layout, pushes other nodes out of their way and
 * grows containers around their contents. The caller re-routes the edges of everything that moved.
 */
final class PinnedPositions {

	private final LayoutSettings settings;
	private final TextMeasurer measurer;

	PinnedPositions(LayoutSettings settings, TextMeasurer measurer) {
		this.settings = settings;
		this.measurer = measurer;
	}

	/** Applies the pins (positions relative to the parent, by node key); returns the number applied. */
	int apply(Diagram diagram, Map<String, Point> pins) {
		if (pins.isEmpty()) {
			return 0;
		}
		int applied = 0;
		for (DiagramNode node : diagram.allNodes().toList()) {
			Point pin = pins.get(node.key());
			if (pin != null) {
				node.setPosition(pin.x(), pin.y());
				node.setPinned(true);
				applied++;
			}
		}
		if (applied == 0) {
			return 0;
		}
		List<DiagramNode> containers = new ArrayList<>(diagram.allNodes().filter(n -> !n.children().isEmpty()).toList());
		containers.sort(Comparator.comparingInt(DiagramNode::depth).reversed());
		for (DiagramNode container : containers) {
			OverlapRemover.resolve(container.children(), settings.nodeSpacing(), settings.direction());
			fit(container);
		}
		OverlapRemover.resolve(diagram.nodes(), settings.nodeSpacing(), settings.direction());
		return applied;
	}

	/** Keeps children below the title band and inside the container, growing it as needed. */
	private void fit(DiagramNode container) {
		double pad = NodeGeometry.CONTAINER_PAD;
		double top = NodeGeometry.headerHeight(container, measurer.lineHeight(Fonts.CONTAINER)) + pad * 0.5;
		double right = 0;
		double bottom = 0;
		for (DiagramNode child : container.children()) {
			child.setPosition(Math.max(child.x(), pad), Math.max(child.y(), top));
			right = Math.max(right, child.x() + child.width() + pad);
			bottom = Math.max(bottom, child.y() + child.height() + pad);
		}
		container.setSize(Math.max(container.width(), right), Math.max(container.height(), bottom));
	}
}
