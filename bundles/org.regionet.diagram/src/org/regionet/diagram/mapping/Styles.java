package org.regionet.diagram.mapping;

import org.regionet.diagram.description.EdgeStyle;
import org.regionet.diagram.description.NodeStyle;
import org.regionet.diagram.view.EdgeAppearance;
import org.regionet.diagram.view.NodeAppearance;

/** Lays a style over an appearance: only the attributes the style sets replace the ones below. */
public final class Styles {

	private Styles() {
	}

	public static NodeAppearance over(NodeAppearance base, NodeStyle style) {
		if (style == null) {
			return base;
		}
		return new NodeAppearance(style.isSetShape() ? style.getShape() : base.shape(),
				or(style.getFillColor(), base.fillColor()), or(style.getBorderColor(), base.borderColor()),
				style.isSetBorderWidth() ? style.getBorderWidth() : base.borderWidth(),
				style.isSetBorderDash() ? style.getBorderDash() : base.borderDash(),
				or(style.getLabelColor(), base.labelColor()),
				style.isSetLabelBold() ? style.isLabelBold() : base.labelBold(), or(style.getBadge(), base.badge()),
				or(style.getBadgeColor(), base.badgeColor()),
				style.isSetMinWidth() ? style.getMinWidth() : base.minWidth(),
				style.isSetMinHeight() ? style.getMinHeight() : base.minHeight());
	}

	public static EdgeAppearance over(EdgeAppearance base, EdgeStyle style) {
		if (style == null) {
			return base;
		}
		return new EdgeAppearance(or(style.getColor(), base.color()),
				style.isSetWidth() ? style.getWidth() : base.width(),
				style.isSetDash() ? style.getDash() : base.dash(),
				style.isSetSourceArrow() ? style.getSourceArrow() : base.sourceArrow(),
				style.isSetTargetArrow() ? style.getTargetArrow() : base.targetArrow(),
				or(style.getLabelColor(), base.labelColor()));
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
