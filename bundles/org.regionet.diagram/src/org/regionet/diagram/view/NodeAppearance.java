package org.regionet.diagram.view;

import org.regionet.diagram.description.LineDash;
import org.regionet.diagram.description.NodeShape;

/** The resolved look of a node: the mapping's style with every matching conditional style laid over it. */
public record NodeAppearance(NodeShape shape, String fillColor, String borderColor, double borderWidth,
		LineDash borderDash, String labelColor, boolean labelBold, String badge, String badgeColor, int minWidth,
		int minHeight) {

	/** Defaults for plain nodes. */
	public static final NodeAppearance NODE = new NodeAppearance(NodeShape.ROUNDED_RECTANGLE, "#ffffff", "#5f6b7a", 1.2,
			LineDash.SOLID, "#1d2530", false, null, "#5f6b7a", 0, 0);

	/** Defaults for containers. */
	public static final NodeAppearance CONTAINER = new NodeAppearance(NodeShape.ROUNDED_RECTANGLE, "#f5f7fa", "#8a96a8",
			1.2, LineDash.SOLID, "#1d2530", true, null, "#5f6b7a", 0, 0);

	public boolean hasBadge() {
		return badge != null && !badge.isBlank();
	}
}
