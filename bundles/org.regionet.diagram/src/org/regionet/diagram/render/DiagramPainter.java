package org.regionet.diagram.render;

import java.util.List;

import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;

/**
 * Paints a laid-out diagram on a surface: title, containers (outermost first), edges, nodes on top, edge labels,
 * then the legend to the right. Node positions and sizes come from the layout; nothing is moved here.
 */
public final class DiagramPainter {

	private final TextMeasurer measurer;

	public DiagramPainter(TextMeasurer measurer) {
		this.measurer = measurer;
	}

	/** Page size the diagram needs, for callers that allocate an image. */
	public double[] pageSize(Diagram diagram) {
		PageLayout page = PageLayout.of(diagram, measurer, new LegendPainter(diagram.legend(), measurer));
		return new double[] { page.width(), page.height() };
	}

	/**
	 * Where the diagram's coordinate origin lies on the page (below the title, right of the margin): an editor adds
	 * it to node positions to find them on screen.
	 */
	public double[] diagramOrigin(Diagram diagram) {
		PageLayout page = PageLayout.of(diagram, measurer, new LegendPainter(diagram.legend(), measurer));
		return new double[] { page.diagramDx(), page.diagramDy() };
	}

	public void paint(Diagram diagram, DrawingSurface surface) {
		LegendPainter legend = new LegendPainter(diagram.legend(), measurer);
		PageLayout page = PageLayout.of(diagram, measurer, legend);
		surface.begin(page.width(), page.height(), "#ffffff");
		surface.beginGroup(Group.of("title"));
		surface.text(diagram.title(), PageLayout.MARGIN, page.titleY(), Fonts.TITLE, "#1d2530", TextAnchor.START);
		if (!page.subtitle().isEmpty()) {
			surface.text(page.subtitle(), PageLayout.MARGIN, page.subtitleY(), Fonts.LEGEND, "#5f6b7a", TextAnchor.START);
		}
		surface.endGroup();

		NodePainter nodes = new NodePainter(measurer, page.diagramDx(), page.diagramDy());
		EdgePainter edges = new EdgePainter(page.diagramDx(), page.diagramDy());
		List<DiagramNode> all = diagram.allNodes().toList();
		for (DiagramNode node : all) {
			if (node.isContainer()) {
				nodes.paintContainer(surface, node);
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			edges.paintLine(surface, edge);
		}
		for (DiagramNode node : all) {
			if (!node.isContainer()) {
				nodes.paintNode(surface, node);
			}
		}
		for (DiagramEdge edge : diagram.edges()) {
			edges.paintLabel(surface, edge);
		}
		legend.paint(surface, page.legendX(), page.legendY());
		surface.end();
	}
}
