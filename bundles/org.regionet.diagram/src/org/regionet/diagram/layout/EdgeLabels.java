package org.regionet.diagram.layout;

import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;

/** The size reserved for an edge label, the same for ELK's placement and for simple routes. */
final class EdgeLabels {

	private EdgeLabels() {
	}

	static double[] size(String label, TextMeasurer measurer) {
		return new double[] { Math.ceil(measurer.width(label, Fonts.EDGE_LABEL)) + 6,
				measurer.lineHeight(Fonts.EDGE_LABEL) + 2 };
	}
}
