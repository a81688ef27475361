package org.regionet.diagram.ui;

import java.util.List;
import java.util.Optional;

import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.Point;

/** Which edge passes near a point of the diagram: the closest one whose route is within the tolerance. */
public final class EdgeHits {

	private EdgeHits() {
	}

	public static Optional<DiagramEdge> at(Diagram diagram, double x, double y, double tolerance) {
		DiagramEdge best = null;
		double bestDistance = tolerance;
		for (DiagramEdge edge : diagram.edges()) {
			double distance = distance(edge.route(), x, y);
			if (distance <= bestDistance) {
				best = edge;
				bestDistance = distance;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Distance from a point to a polyline (infinite for fewer than two points). */
	static double distance(List<Point> route, double x, double y) {
		double best = Double.POSITIVE_INFINITY;
		for (int i = 1; i < route.size(); i++) {
			best = Math.min(best, segment(route.get(i - 1), route.get(i), x, y));
		}
		return best;
	}

	private static double segment(Point a, Point b, double x, double y) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / lengthSquared));
		return Math.hypot(a.x() + t * dx - x, a.y() + t * dy - y);
	}
}
