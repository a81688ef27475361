package org.regionet.diagram.layout;

import org.regionet.diagram.description.NodeShape;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.NodeAppearance;

/** Paddings and badge size shared by sizing and drawing, so text lands where the size was made for it. */
public final class NodeGeometry {

	public static final double PAD_X = 10;
	public static final double PAD_Y = 7;
	public static final double BADGE = 24;
	public static final double BADGE_GAP = 6;
	public static final double HEADER_PAD_TOP = 7;
	public static final double HEADER_PAD_BOTTOM = 8;
	public static final double CONTAINER_PAD = 14;
	public static final int MAX_LABEL_LINES = 5;

	private NodeGeometry() {
	}

	/** Width taken by the badge and its gap, zero without badge. */
	public static double badgeSpace(NodeAppearance appearance) {
		return appearance.hasBadge() ? BADGE + BADGE_GAP : 0;
	}

	/** Extra width and height factors that keep the text inside non-rectangular shapes. */
	static double widthFor(NodeShape shape, double content, double height) {
		return switch (shape) {
			case ELLIPSE -> content * 1.22 + 2 * PAD_X;
			case DIAMOND -> content * 1.7 + 2 * PAD_X;
			case HEXAGON -> content + 2 * PAD_X + height * 0.6;
			case STADIUM -> content + 2 * PAD_X + height * 0.5;
			default -> content + 2 * PAD_X;
		};
	}

	static double heightFor(NodeShape shape, double content) {
		return switch (shape) {
			case ELLIPSE -> content * 1.3 + 2 * PAD_Y;
			case DIAMOND -> content * 1.8 + 2 * PAD_Y;
			default -> content + 2 * PAD_Y;
		};
	}

	/** The height of a container's title band. */
	public static double headerHeight(DiagramNode container, double lineHeight) {
		return HEADER_PAD_TOP + Math.max(1, container.labelLines().size()) * lineHeight + HEADER_PAD_BOTTOM;
	}
}
