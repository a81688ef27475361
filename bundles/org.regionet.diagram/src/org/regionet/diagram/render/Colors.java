package org.regionet.diagram.render;

import java.awt.Color;

/** Colour helpers for {@code #rrggbb} strings. */
public final class Colors {

	private Colors() {
	}

	/** The colour of a {@code #rrggbb} string; black for anything else. */
	public static Color parse(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return Color.BLACK;
		}
		return new Color(Integer.parseInt(hex.substring(1), 16));
	}

	/** Black or white, whichever reads better on the given background. */
	static String contrastingText(String background) {
		Color c = parse(background);
		double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
		return luminance > 150 ? "#1d2530" : "#ffffff";
	}
}
