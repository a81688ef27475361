package org.regionet.diagram.view;

import org.regionet.diagram.description.ArrowKind;
import org.regionet.diagram.description.LineDash;

/** The resolved look of an edge. */
public record EdgeAppearance(String color, double width, LineDash dash, ArrowKind sourceArrow, ArrowKind targetArrow,
		String labelColor) {

	/** Defaults for directed edges. */
	public static final EdgeAppearance DIRECTED = new EdgeAppearance("#5f6b7a", 1.2, LineDash.SOLID, ArrowKind.NONE,
			ArrowKind.FILLED, "#3b4554");

	/** Defaults for undirected edges. */
	public static final EdgeAppearance UNDIRECTED = new EdgeAppearance("#5f6b7a", 1.2, LineDash.SOLID, ArrowKind.NONE,
			ArrowKind.NONE, "#3b4554");
}
