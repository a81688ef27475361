package org.regionet.diagram.render;

import org.regionet.diagram.description.LineDash;

/** How a shape is filled and stroked; a null colour means none. */
public record Paint(String fill, double fillOpacity, String stroke, double strokeWidth, LineDash dash) {

	public static Paint fill(String colour) {
		return new Paint(colour, 1, null, 0, LineDash.SOLID);
	}

	public static Paint stroke(String colour, double width, LineDash dash) {
		return new Paint(null, 1, colour, width, dash);
	}

	/** Dash pattern lengths for a stroke width, or null for a solid line. */
	public static float[] pattern(LineDash dash, double width) {
		double w = Math.max(width, 1);
		return switch (dash == null ? LineDash.SOLID : dash) {
			case DASHED -> new float[] { (float) (6 * w), (float) (4 * w) };
			case DOTTED -> new float[] { (float) (1.5 * w), (float) (3 * w) };
			default -> null;
		};
	}
}
