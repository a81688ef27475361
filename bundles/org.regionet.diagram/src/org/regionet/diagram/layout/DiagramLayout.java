package org.regionet.diagram.layout;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.elk.graph.ElkNode;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;
import org.regionet.diagram.view.Rect;

/**
 * Lays out a diagram: sizes nodes to their labels, runs ELK (layered with orthogonal edges unless another
 * algorithm is chosen), then restores pinned positions. Works without a display.
 */
public final class DiagramLayout {

	private final TextMeasurer measurer;

	public DiagramLayout(TextMeasurer measurer) {
		this.measurer = measurer;
	}

	public DiagramLayout() {
		this(TextMeasurer.create());
	}

	public TextMeasurer measurer() {
		return measurer;
	}

	/** Lays out without pins. */
	public void layout(Diagram diagram, LayoutSettings settings) {
		layout(diagram, settings, Map.of());
	}

	/**
	 * Lays out, then moves the nodes named in {@code pins} (by key, positions relative to the parent) back to their
	 * pinned place; unknown keys are ignored, since elements may have been renamed or deleted since.
	 */
	public void layout(Diagram diagram, LayoutSettings settings, Map<String, Point> pins) {
		new NodeSizer(measurer, settings.maxLabelWidth()).size(diagram);
		UniformWidths.apply(diagram, settings);
		ElkGraphBuilder builder = new ElkGraphBuilder(settings, measurer);
		ElkNode root = builder.build(diagram);
		ElkEngine.layout(root, settings.algorithm());
		ElkResultReader.read(builder.nodes(), builder.edges(), builder.reversed());
		Map<DiagramNode, Rect> laidOut = new IdentityHashMap<>();
		diagram.allNodes().forEach(n -> laidOut.put(n, n.absoluteBounds()));
		StartAlignment.apply(diagram, settings);
		new PinnedPositions(settings, measurer).apply(diagram, pins);
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.route().size() < 2 || moved(edge.source(), laidOut) || moved(edge.target(), laidOut)) {
				OrthogonalRouter.route(edge, measurer);
			}
		}
	}

	/** Whether a node is no longer where ELK put it, so ELK's routes of its edges no longer fit. */
	private static boolean moved(DiagramNode node, Map<DiagramNode, Rect> laidOut) {
		Rect before = laidOut.get(node);
		Rect now = node.absoluteBounds();
		return before == null || Math.abs(before.x() - now.x()) > 0.01 || Math.abs(before.y() - now.y()) > 0.01
				|| Math.abs(before.width() - now.width()) > 0.01 || Math.abs(before.height() - now.height()) > 0.01;
	}
}
