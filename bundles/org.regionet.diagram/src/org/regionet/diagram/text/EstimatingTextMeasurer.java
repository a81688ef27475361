package org.regionet.diagram.text;

/** A conservative estimate (DejaVu Sans averages about 0.6 em per character), for systems without fonts. */
final class EstimatingTextMeasurer implements TextMeasurer {

	@Override
	public double width(String text, FontSpec font) {
		return text == null ? 0 : text.length() * font.size() * (font.bold() ? 0.66 : 0.61);
	}
}
