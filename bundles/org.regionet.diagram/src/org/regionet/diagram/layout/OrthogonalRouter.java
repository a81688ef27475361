package org.regionet.diagram.layout;

import java.util.List;

import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/**
 * A simple router for edges ELK did not route: edges of moved (pinned) nodes and edges under algorithms without
 * routing. It connects facing sides with at most two bends.
 */
final class OrthogonalRouter {

	private OrthogonalRouter() {
	}

	/** Routes the edge and puts its label, if any, beside the middle of the longest segment. */
	static void route(DiagramEdge edge, TextMeasurer measurer) {
		List<Point> points = route(edge.source().absoluteBounds(), edge.target().absoluteBounds());
		edge.setRoute(points);
		if (edge.label().isBlank()) {
			return;
		}
		double[] size = EdgeLabels.size(edge.label(), measurer);
		Point a = points.get(0);
		Point b = points.get(1);
		for (int i = 1; i < points.size(); i++) {
			Point p = points.get(i - 1);
			Point q = points.get(i);
			if (Math.hypot(q.x() - p.x(), q.y() - p.y()) > Math.hypot(b.x() - a.x(), b.y() - a.y())) {
				a = p;
				b = q;
			}
		}
		double cx = (a.x() + b.x()) / 2;
		double cy = (a.y() + b.y()) / 2;
		boolean horizontal = Math.abs(a.y() - b.y()) < 0.5;
		edge.setLabelBounds(horizontal ? new Rect(cx - size[0] / 2, cy - size[1] - 2, size[0], size[1])
				: new Rect(cx + 4, cy - size[1] / 2, size[0], size[1]));
	}

	/**
	 * Side by side: from the facing sides with one vertical run in between. One above the other: out of the right
	 * sides and around, so the line does not run through the nodes stacked between them.
	 */
	static List<Point> route(Rect s, Rect t) {
		double gapRight = t.x() - s.right();
		double gapLeft = s.x() - t.right();
		if (gapRight > 0 || gapLeft > 0) {
			double sx = gapRight > 0 ? s.right() : s.x();
			double tx = gapRight > 0 ? t.x() : t.right();
			return bend(new Point(sx, s.centerY()), new Point(tx, t.centerY()), true);
		}
		if (t.y() >= s.bottom() || s.y() >= t.bottom()) {
			double x = Math.max(s.right(), t.right()) + 12;
			return List.of(new Point(s.right(), s.centerY()), new Point(x, s.centerY()), new Point(x, t.centerY()),
					new Point(t.right(), t.centerY()));
		}
		return List.of(new Point(s.centerX(), s.centerY()), new Point(t.centerX(), t.centerY()));
	}

	private static List<Point> bend(Point start, Point end, boolean horizontalFirst) {
		if (horizontalFirst ? Math.abs(start.y() - end.y()) < 0.5 : Math.abs(start.x() - end.x()) < 0.5) {
			return List.of(start, end);
		}
		if (horizontalFirst) {
			double mid = (start.x() + end.x()) / 2;
			return List.of(start, new Point(mid, start.y()), new Point(mid, end.y()), end);
		}
		double mid = (start.y() + end.y()) / 2;
		return List.of(start, new Point(start.x(), mid), new Point(end.x(), mid), end);
	}
}
