package org.regionet.diagram.render;

import java.io.StringWriter;

import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;

/** A laid-out diagram as SVG text. */
public final class SvgExport {

	private SvgExport() {
	}

	public static String toSvg(Diagram diagram, TextMeasurer measurer) {
		StringWriter out = new StringWriter();
		new DiagramPainter(measurer).paint(diagram, new SvgSurface(out));
		return out.toString();
	}
}
