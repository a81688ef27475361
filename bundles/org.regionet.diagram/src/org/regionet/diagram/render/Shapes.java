package org.regionet.diagram.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.regionet.diagram.description.ArrowKind;
import org.regionet.diagram.description.NodeShape;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/** Geometry of node shapes, edge lines and arrow heads. */
final class Shapes {

	private static final double ARROW_LENGTH = 9;
	private static final double ARROW_HALF_WIDTH = 4;

	private Shapes() {
	}

	static Shape node(NodeShape shape, Rect r) {
		double x = r.x();
		double y = r.y();
		double w = r.width();
		double h = r.height();
		return switch (shape) {
			case RECTANGLE -> new Rectangle2D.Double(x, y, w, h);
			case ELLIPSE -> new Ellipse2D.Double(x, y, w, h);
			case STADIUM -> new RoundRectangle2D.Double(x, y, w, h, h, h);
			case HEXAGON -> polygon(x + h * 0.3, y, x + w - h * 0.3, y, x + w, y + h / 2, x + w - h * 0.3, y + h,
					x + h * 0.3, y + h, x, y + h / 2);
			case DIAMOND -> polygon(x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
			case NOTE -> polygon(x, y, x + w - 10, y, x + w, y + 10, x + w, y + h, x, y + h);
			default -> new RoundRectangle2D.Double(x, y, w, h, 12, 12);
		};
	}

	/** A rectangle with rounded top corners and a straight bottom, for container title bands. */
	static Shape topRounded(Rect r, double radius) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(r.x(), r.bottom());
		path.lineTo(r.x(), r.y() + radius);
		path.quadTo(r.x(), r.y(), r.x() + radius, r.y());
		path.lineTo(r.right() - radius, r.y());
		path.quadTo(r.right(), r.y(), r.right(), r.y() + radius);
		path.lineTo(r.right(), r.bottom());
		path.closePath();
		return path;
	}

	static Shape polyline(List<Point> points) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points.get(0).x(), points.get(0).y());
		for (int i = 1; i < points.size(); i++) {
			path.lineTo(points.get(i).x(), points.get(i).y());
		}
		return path;
	}

	/** The route without the part hidden under an arrow head at either end, so the line does not poke through. */
	static List<Point> trimmed(List<Point> route, ArrowKind sourceArrow, ArrowKind targetArrow) {
		List<Point> points = new ArrayList<>(route);
		if (targetArrow == ArrowKind.FILLED || targetArrow == ArrowKind.DIAMOND) {
			trimEnd(points, points.size() - 1, points.size() - 2);
		}
		if (sourceArrow == ArrowKind.FILLED || sourceArrow == ArrowKind.DIAMOND) {
			trimEnd(points, 0, 1);
		}
		return points;
	}

	private static void trimEnd(List<Point> points, int end, int before) {
		Point tip = points.get(end);
		Point from = points.get(before);
		double length = Math.hypot(tip.x() - from.x(), tip.y() - from.y());
		if (length > ARROW_LENGTH) {
			double k = (length - ARROW_LENGTH * 0.8) / length;
			points.set(end, new Point(from.x() + (tip.x() - from.x()) * k, from.y() + (tip.y() - from.y()) * k));
		}
	}

	/** An arrow head pointing at {@code tip}, coming from {@code from}; null for {@link ArrowKind#NONE}. */
	static Shape arrow(ArrowKind kind, Point from, Point tip) {
		double dx = tip.x() - from.x();
		double dy = tip.y() - from.y();
		double length = Math.hypot(dx, dy);
		if (kind == ArrowKind.NONE || length < 0.01) {
			return null;
		}
		double ux = dx / length;
		double uy = dy / length;
		double bx = tip.x() - ux * ARROW_LENGTH;
		double by = tip.y() - uy * ARROW_LENGTH;
		double px = -uy * ARROW_HALF_WIDTH;
		double py = ux * ARROW_HALF_WIDTH;
		if (kind == ArrowKind.DIAMOND) {
			double mx = tip.x() - ux * ARROW_LENGTH * 0.5;
			double my = tip.y() - uy * ARROW_LENGTH * 0.5;
			return polygon(tip.x(), tip.y(), mx + px, my + py, bx, by, mx - px, my - py);
		}
		if (kind == ArrowKind.OPEN) {
			Path2D.Double open = new Path2D.Double();
			open.moveTo(bx + px, by + py);
			open.lineTo(tip.x(), tip.y());
			open.lineTo(bx - px, by - py);
			return open;
		}
		return polygon(tip.x(), tip.y(), bx + px, by + py, bx - px, by - py);
	}

	private static Shape polygon(double... xy) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(xy[0], xy[1]);
		for (int i = 2; i < xy.length; i += 2) {
			path.lineTo(xy[i], xy[i + 1]);
		}
		path.closePath();
		return path;
	}
}
