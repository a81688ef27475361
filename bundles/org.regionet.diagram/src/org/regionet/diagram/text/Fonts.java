package org.regionet.diagram.text;

/** The fonts of a diagram. One place, so that measuring, SVG and PNG agree. */
public final class Fonts {

	/** Measured with DejaVu Sans (the font in the Linux product); SVG viewers fall back to the next families. */
	public static final String FAMILY = "DejaVu Sans";
	public static final String CSS_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', Arial, sans-serif";

	public static final FontSpec NODE = new FontSpec(12, false);
	public static final FontSpec NODE_BOLD = new FontSpec(12, true);
	public static final FontSpec CONTAINER = new FontSpec(13, true);
	public static final FontSpec EDGE_LABEL = new FontSpec(10.5, false);
	public static final FontSpec LEGEND = new FontSpec(12, false);
	public static final FontSpec LEGEND_TITLE = new FontSpec(13, true);
	public static final FontSpec TITLE = new FontSpec(17, true);

	private Fonts() {
	}

	/** The badge font for a circle of the given diameter: smaller for three letters, so they stay inside. */
	public static FontSpec badge(String text, double diameter) {
		double factor = text.codePointCount(0, text.length()) >= 3 ? 0.3 : 0.375;
		return new FontSpec(Math.round(diameter * factor * 10) / 10.0, true);
	}

	/** The font of a node label. */
	public static FontSpec node(boolean container, boolean bold) {
		return container ? CONTAINER : bold ? NODE_BOLD : NODE;
	}
}
