package org.regionet.diagram.text;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures with Java2D's font metrics. Java2D needs no display in headless mode, which is switched on here unless
 * the application chose otherwise.
 */
final class AwtTextMeasurer implements TextMeasurer {

	private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);
	private final Map<FontSpec, Font> fonts = new ConcurrentHashMap<>();

	static TextMeasurer createOrFallback() {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		try {
			AwtTextMeasurer measurer = new AwtTextMeasurer();
			if (measurer.width("Probe", Fonts.NODE) > 0) {
				return measurer;
			}
		} catch (RuntimeException | LinkageError e) {
			// no fonts or no java.desktop: fall back to the estimate below
		}
		return new EstimatingTextMeasurer();
	}

	/** The Java2D font for a spec. */
	static Font font(FontSpec spec) {
		return new Font(Fonts.FAMILY, spec.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) spec.size());
	}

	@Override
	public double width(String text, FontSpec font) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		return fonts.computeIfAbsent(font, AwtTextMeasurer::font).getStringBounds(text, CONTEXT).getWidth();
	}
}
