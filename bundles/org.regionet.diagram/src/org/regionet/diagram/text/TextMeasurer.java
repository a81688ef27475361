package org.regionet.diagram.text;

/** Measures text for node sizes and label placement. */
public interface TextMeasurer {

	double width(String text, FontSpec font);

	default double lineHeight(FontSpec font) {
		return Math.ceil(font.size() * 1.32);
	}

	/** Distance from the top of a line to its baseline. */
	default double ascent(FontSpec font) {
		return font.size() * 0.98;
	}

	/** Measurement with Java2D fonts when available, else an estimate; both work without a display. */
	static TextMeasurer create() {
		return AwtTextMeasurer.createOrFallback();
	}
}
