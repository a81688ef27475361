package org.regionet.diagram.render;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.List;

import org.regionet.diagram.description.LineDash;
import org.regionet.diagram.description.NodeShape;
import org.regionet.diagram.layout.NodeGeometry;
import org.regionet.diagram.text.FontSpec;
import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.NodeAppearance;
import org.regionet.diagram.view.Rect;

/**
 * Draws nodes and containers: shape, border, badge and the wrapped label, placed with the same geometry the layout
 * used to size them.
 */
final class NodePainter {

	private final TextMeasurer measurer;
	private final double dx;
	private final double dy;

	NodePainter(TextMeasurer measurer, double dx, double dy) {
		this.measurer = measurer;
		this.dx = dx;
		this.dy = dy;
	}

	private Rect bounds(DiagramNode node) {
		Rect a = node.absoluteBounds();
		return new Rect(a.x() + dx, a.y() + dy, a.width(), a.height());
	}

	/** A container's frame and title band; its contents are drawn separately. */
	void paintContainer(DrawingSurface surface, DiagramNode node) {
		NodeAppearance look = node.appearance();
		Rect r = bounds(node);
		surface.beginGroup(new Group("container", node.key(), node.mapping().getName(), tooltip(node)));
		surface.shape(Shapes.node(look.shape(), r),
				new Paint(look.fillColor(), 1, look.borderColor(), look.borderWidth(), look.borderDash()));
		double lineHeight = measurer.lineHeight(Fonts.CONTAINER);
		double header = NodeGeometry.headerHeight(node, lineHeight);
		if (look.shape() == NodeShape.ROUNDED_RECTANGLE || look.shape() == NodeShape.RECTANGLE) {
			Rect band = new Rect(r.x(), r.y(), r.width(), header);
			surface.shape(Shapes.topRounded(band, look.shape() == NodeShape.RECTANGLE ? 0.01 : 6),
					new Paint(look.borderColor(), 0.14, null, 0, LineDash.SOLID));
			surface.shape(new Line2D.Double(r.x(), r.y() + header, r.right(), r.y() + header),
					Paint.stroke(look.borderColor(), 0.6, LineDash.SOLID));
		}
		double textX = r.x() + NodeGeometry.CONTAINER_PAD;
		if (look.hasBadge()) {
			badge(surface, look, textX, r.y() + header / 2);
			textX += NodeGeometry.BADGE + NodeGeometry.BADGE_GAP;
		}
		double baseline = r.y() + NodeGeometry.HEADER_PAD_TOP + measurer.ascent(Fonts.CONTAINER) - 1;
		for (String line : node.labelLines()) {
			surface.text(line, textX, baseline, Fonts.CONTAINER, look.labelColor(), TextAnchor.START);
			baseline += lineHeight;
		}
		surface.endGroup();
	}

	void paintNode(DrawingSurface surface, DiagramNode node) {
		NodeAppearance look = node.appearance();
		Rect r = bounds(node);
		surface.beginGroup(new Group("node", node.key(), node.mapping().getName(), tooltip(node)));
		surface.shape(Shapes.node(look.shape(), r),
				new Paint(look.fillColor(), 1, look.borderColor(), look.borderWidth(), look.borderDash()));
		FontSpec font = Fonts.node(false, look.labelBold());
		List<String> lines = node.labelLines();
		double widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, measurer.width(line, font));
		}
		double content = NodeGeometry.badgeSpace(look) + widest;
		double left = r.centerX() - content / 2;
		if (look.hasBadge()) {
			badge(surface, look, left, r.centerY());
		}
		double textCenter = left + NodeGeometry.badgeSpace(look) + widest / 2;
		double lineHeight = measurer.lineHeight(font);
		double baseline = r.centerY() - lines.size() * lineHeight / 2 + measurer.ascent(font) - 1;
		for (String line : lines) {
			surface.text(line, textCenter, baseline, font, look.labelColor(), TextAnchor.MIDDLE);
			baseline += lineHeight;
		}
		surface.endGroup();
	}

	private static void badge(DrawingSurface surface, NodeAppearance look, double left, double cy) {
		double d = NodeGeometry.BADGE;
		surface.shape(new Ellipse2D.Double(left, cy - d / 2, d, d),
				new Paint(look.badgeColor(), 1, "#ffffff", 1, LineDash.SOLID));
		FontSpec font = Fonts.badge(look.badge(), d);
		surface.text(look.badge(), left + d / 2, cy + font.size() * 0.36, font, Colors.contrastingText(look.badgeColor()),
				TextAnchor.MIDDLE);
	}

	/** The tooltip, or the full label when wrapping had to shorten it. */
	private static String tooltip(DiagramNode node) {
		if (!node.tooltip().isBlank()) {
			return node.tooltip();
		}
		return node.label();
	}
}
