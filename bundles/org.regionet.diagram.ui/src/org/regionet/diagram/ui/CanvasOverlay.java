package org.regionet.diagram.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;
import org.regionet.dsl.workspace.ModelProblem;

/**
 * What the editor draws on top of the diagram and never exports: selection handles, problem badges, the rubber
 * band and the connection being drawn. In screen coordinates, at a constant size whatever the zoom.
 */
final class CanvasOverlay {

	private static final Color ERROR = new Color(211, 47, 47);
	private static final Color WARNING = new Color(237, 160, 0);
	private static final Color WHITE = new Color(255, 255, 255);
	private static final int BADGE = 16;

	private final GC gc;
	private final DiagramCanvas view;
	private final double zoom;
	private final Color selection;

	CanvasOverlay(GC gc, DiagramCanvas view) {
		this.gc = gc;
		this.view = view;
		this.zoom = view.view().zoom();
		this.selection = gc.getDevice().getSystemColor(SWT.COLOR_LIST_SELECTION);
		gc.setAntialias(SWT.ON);
	}

	/** A red (error) or amber (warning) badge with the problem count at the top right of each node. */
	void problems(Diagram diagram, Map<String, List<ModelProblem>> problems) {
		for (Map.Entry<String, List<ModelProblem>> entry : problems.entrySet()) {
			diagram.node(entry.getKey()).ifPresent(node -> {
				Rect r = node.absoluteBounds();
				int x = (int) Math.round(view.screenX(r.right())) - BADGE / 2;
				int y = (int) Math.round(view.screenY(r.y())) - BADGE / 2;
				boolean error = entry.getValue().get(0).severity() == ModelProblem.Severity.ERROR;
				gc.setBackground(error ? ERROR : WARNING);
				gc.fillOval(x, y, BADGE, BADGE);
				gc.setForeground(WHITE);
				String text = error ? "\u00d7" : "!";
				org.eclipse.swt.graphics.Point size = gc.textExtent(text);
				gc.drawText(text, x + (BADGE - size.x) / 2, y + (BADGE - size.y) / 2, true);
			});
		}
	}

	void selection(List<DiagramNode> nodes, List<DiagramEdge> edges) {
		gc.setForeground(selection);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(2);
		for (DiagramNode node : nodes) {
			Rect r = node.absoluteBounds();
			gc.drawRectangle((int) Math.round(view.screenX(r.x()) - 3), (int) Math.round(view.screenY(r.y()) - 3),
					(int) Math.round(r.width() * zoom + 6), (int) Math.round(r.height() * zoom + 6));
		}
		gc.setLineWidth(4);
		gc.setAlpha(160);
		for (DiagramEdge edge : edges) {
			List<Point> route = edge.route();
			int[] points = new int[route.size() * 2];
			for (int i = 0; i < route.size(); i++) {
				points[2 * i] = (int) Math.round(view.screenX(route.get(i).x()));
				points[2 * i + 1] = (int) Math.round(view.screenY(route.get(i).y()));
			}
			gc.drawPolyline(points);
		}
		gc.setAlpha(255);
	}

	void band(int x1, int y1, int x2, int y2) {
		gc.setForeground(selection);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawRectangle(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	void connection(DiagramNode source, int toX, int toY) {
		Rect r = source.absoluteBounds();
		gc.setForeground(selection);
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawLine((int) Math.round(view.screenX(r.centerX())), (int) Math.round(view.screenY(r.centerY())), toX,
				toY);
		gc.setLineStyle(SWT.LINE_SOLID);
	}
}
