package org.regionet.diagram.render;

import java.awt.Shape;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.regionet.diagram.description.ArrowKind;
import org.regionet.diagram.description.LineDash;
import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.EdgeAppearance;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/** Draws edges (line and arrow heads) and, separately and later, their labels on a light halo. */
final class EdgePainter {

	private final double dx;
	private final double dy;

	EdgePainter(double dx, double dy) {
		this.dx = dx;
		this.dy = dy;
	}

	void paintLine(DrawingSurface surface, DiagramEdge edge) {
		if (edge.route().size() < 2) {
			return;
		}
		EdgeAppearance look = edge.appearance();
		List<Point> route = edge.route().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList();
		surface.beginGroup(new Group("edge", edge.key(), edge.mapping().getName(), edge.tooltip()));
		surface.shape(Shapes.polyline(Shapes.trimmed(route, look.sourceArrow(), look.targetArrow())),
				Paint.stroke(look.color(), look.width(), look.dash()));
		arrow(surface, look, look.targetArrow(), route.get(route.size() - 2), route.get(route.size() - 1));
		arrow(surface, look, look.sourceArrow(), route.get(1), route.get(0));
		surface.endGroup();
	}

	static void arrow(DrawingSurface surface, EdgeAppearance look, ArrowKind kind, Point from, Point tip) {
		Shape head = Shapes.arrow(kind, from, tip);
		if (head == null) {
			return;
		}
		if (kind == ArrowKind.OPEN) {
			surface.shape(head, Paint.stroke(look.color(), look.width(), LineDash.SOLID));
		} else {
			surface.shape(head, new Paint(look.color(), 1, look.color(), 0.8, LineDash.SOLID));
		}
	}

	void paintLabel(DrawingSurface surface, DiagramEdge edge) {
		Rect bounds = edge.labelBounds();
		if (bounds == null || edge.label().isBlank()) {
			return;
		}
		Rect r = new Rect(bounds.x() + dx, bounds.y() + dy, bounds.width(), bounds.height());
		surface.beginGroup(new Group("edge-label", edge.key(), edge.mapping().getName(), null));
		surface.shape(new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 6, 6),
				new Paint("#ffffff", 0.88, null, 0, LineDash.SOLID));
		double baseline = r.centerY() + Fonts.EDGE_LABEL.size() * 0.36;
		surface.text(edge.label(), r.centerX(), baseline, Fonts.EDGE_LABEL, edge.appearance().labelColor(),
				TextAnchor.MIDDLE);
		surface.endGroup();
	}
}
