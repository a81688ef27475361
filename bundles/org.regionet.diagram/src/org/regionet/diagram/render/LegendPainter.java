package org.regionet.diagram.render;

import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.regionet.diagram.description.ArrowKind;
import org.regionet.diagram.description.LineDash;
import org.regionet.diagram.text.FontSpec;
import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.EdgeAppearance;
import org.regionet.diagram.view.LegendEntry;
import org.regionet.diagram.view.NodeAppearance;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/** Draws the legend: a framed list of samples (node colours, badges, border styles, edge kinds) with their text. */
final class LegendPainter {

	private static final double PAD = 12;
	private static final double ROW = 24;
	private static final double SAMPLE_WIDTH = 46;
	private static final double SAMPLE_HEIGHT = 20;
	private static final double TEXT_X = PAD + SAMPLE_WIDTH + 10;
	static final String TITLE = "Legende / Legend";

	private final List<LegendEntry> entries;
	private final TextMeasurer measurer;

	LegendPainter(List<LegendEntry> entries, TextMeasurer measurer) {
		this.entries = entries;
		this.measurer = measurer;
	}

	double width() {
		double widest = measurer.width(TITLE, Fonts.LEGEND_TITLE) - SAMPLE_WIDTH - 10;
		for (LegendEntry entry : entries) {
			widest = Math.max(widest, measurer.width(entry.label(), Fonts.LEGEND));
		}
		return Math.ceil(TEXT_X + widest + PAD);
	}

	double height() {
		return Math.ceil(PAD + measurer.lineHeight(Fonts.LEGEND_TITLE) + 6 + entries.size() * ROW + PAD - 4);
	}

	void paint(DrawingSurface surface, double x, double y) {
		if (entries.isEmpty()) {
			return;
		}
		surface.beginGroup(Group.of("legend"));
		surface.shape(new RoundRectangle2D.Double(x, y, width(), height(), 10, 10),
				new Paint("#ffffff", 1, "#c3cad4", 1, LineDash.SOLID));
		surface.text(TITLE, x + PAD, y + PAD + measurer.ascent(Fonts.LEGEND_TITLE), Fonts.LEGEND_TITLE, "#1d2530",
				TextAnchor.START);
		double rowTop = y + PAD + measurer.lineHeight(Fonts.LEGEND_TITLE) + 6;
		for (LegendEntry entry : entries) {
			double cy = rowTop + ROW / 2;
			if (entry.node() != null) {
				nodeSample(surface, entry.node(), x + PAD, cy);
			} else {
				edgeSample(surface, entry.edge(), x + PAD, cy);
			}
			surface.text(entry.label(), x + TEXT_X, cy + Fonts.LEGEND.size() * 0.36, Fonts.LEGEND, "#1d2530",
					TextAnchor.START);
			rowTop += ROW;
		}
		surface.endGroup();
	}

	private void nodeSample(DrawingSurface surface, NodeAppearance look, double x, double cy) {
		Rect box = new Rect(x, cy - SAMPLE_HEIGHT / 2, SAMPLE_WIDTH, SAMPLE_HEIGHT);
		surface.shape(Shapes.node(look.shape(), box),
				new Paint(look.fillColor(), 1, look.borderColor(), Math.min(look.borderWidth(), 2.5), look.borderDash()));
		if (look.hasBadge()) {
			double d = SAMPLE_HEIGHT - 1;
			FontSpec font = Fonts.badge(look.badge(), d);
			surface.shape(new Ellipse2D.Double(box.centerX() - d / 2, cy - d / 2, d, d), Paint.fill(look.badgeColor()));
			surface.text(look.badge(), box.centerX(), cy + font.size() * 0.36, font,
					Colors.contrastingText(look.badgeColor()), TextAnchor.MIDDLE);
		}
	}

	private static void edgeSample(DrawingSurface surface, EdgeAppearance look, double x, double cy) {
		Point from = new Point(x, cy);
		Point to = new Point(x + SAMPLE_WIDTH, cy);
		List<Point> line = Shapes.trimmed(List.of(from, to), look.sourceArrow(), look.targetArrow());
		surface.shape(Shapes.polyline(line), Paint.stroke(look.color(), look.width(), look.dash()));
		EdgePainter.arrow(surface, look, look.targetArrow(), from, to);
		if (look.sourceArrow() != ArrowKind.NONE) {
			EdgePainter.arrow(surface, look, look.sourceArrow(), to, from);
		}
	}
}
