package org.regionet.diagram.layout;

import java.util.List;

import org.regionet.diagram.text.FontSpec;
import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.text.TextWrapper;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.NodeAppearance;

/** Wraps labels and sizes leaf nodes to fit them; containers get their wrapped title and a minimum size. */
final class NodeSizer {

	private final TextMeasurer measurer;
	private final double maxLabelWidth;

	NodeSizer(TextMeasurer measurer, double maxLabelWidth) {
		this.measurer = measurer;
		this.maxLabelWidth = maxLabelWidth;
	}

	void size(Diagram diagram) {
		diagram.allNodes().forEach(this::size);
	}

	private void size(DiagramNode node) {
		NodeAppearance look = node.appearance();
		FontSpec font = Fonts.node(node.isContainer(), look.labelBold());
		double lineHeight = measurer.lineHeight(font);
		if (node.isContainer()) {
			List<String> lines = TextWrapper.wrap(node.label(), Math.max(maxLabelWidth * 1.6, 200), font, measurer,
					NodeGeometry.MAX_LABEL_LINES);
			node.setLabelLines(lines);
			double width = widest(lines, font) + 2 * NodeGeometry.CONTAINER_PAD;
			double height = NodeGeometry.headerHeight(node, lineHeight) + NodeGeometry.CONTAINER_PAD;
			node.setSize(Math.max(width, look.minWidth()), Math.max(height, look.minHeight()));
			return;
		}
		// a style that asks for wider nodes also gets wider lines, e.g. for long committee names
		double wrapWidth = Math.max(maxLabelWidth, look.minWidth() * 0.75);
		List<String> lines = TextWrapper.wrap(node.label(), wrapWidth, font, measurer, NodeGeometry.MAX_LABEL_LINES);
		node.setLabelLines(lines);
		double content = NodeGeometry.badgeSpace(look) + widest(lines, font);
		double textHeight = Math.max(lines.size(), 1) * lineHeight;
		double contentHeight = look.hasBadge() ? Math.max(textHeight, NodeGeometry.BADGE) : textHeight;
		double height = Math.max(NodeGeometry.heightFor(look.shape(), contentHeight), look.minHeight());
		double width = Math.max(NodeGeometry.widthFor(look.shape(), content, height), look.minWidth());
		node.setSize(Math.ceil(width), Math.ceil(height));
	}

	private double widest(List<String> lines, FontSpec font) {
		double widest = 0;
		for (String line : lines) {
			widest = Math.max(widest, measurer.width(line, font));
		}
		return Math.ceil(widest);
	}
}
