package org.regionet.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

import org.regionet.diagram.text.FontSpec;
import org.regionet.diagram.text.Fonts;

/** Draws on a Java2D graphics context, e.g. of a BufferedImage for PNG export; needs no display. */
public final class Java2DSurface implements DrawingSurface {

	private final Graphics2D g;
	private final double scale;
	private final Map<FontSpec, Font> fonts = new HashMap<>();

	public Java2DSurface(Graphics2D graphics, double scale) {
		this.g = graphics;
		this.scale = scale;
	}

	@Override
	public void begin(double width, double height, String background) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.transform(AffineTransform.getScaleInstance(scale, scale));
		g.setColor(Colors.parse(background));
		g.fill(new Rectangle2D.Double(0, 0, width, height));
	}

	@Override
	public void beginGroup(Group group) {
		// raster images have no structure
	}

	@Override
	public void endGroup() {
		// raster images have no structure
	}

	@Override
	public void shape(Shape shape, Paint paint) {
		if (paint.fill() != null) {
			Color fill = Colors.parse(paint.fill());
			g.setColor(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(),
					(int) Math.round(255 * Math.max(0, Math.min(1, paint.fillOpacity())))));
			g.fill(shape);
		}
		if (paint.stroke() != null && paint.strokeWidth() > 0) {
			g.setColor(Colors.parse(paint.stroke()));
			g.setStroke(new BasicStroke((float) paint.strokeWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
					Paint.pattern(paint.dash(), paint.strokeWidth()), 0));
			g.draw(shape);
		}
	}

	@Override
	public void text(String text, double x, double y, FontSpec font, String colour, TextAnchor anchor) {
		Font awtFont = fonts.computeIfAbsent(font,
				f -> new Font(Fonts.FAMILY, f.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) f.size()));
		g.setFont(awtFont);
		g.setColor(Colors.parse(colour));
		double width = awtFont.getStringBounds(text, g.getFontRenderContext()).getWidth();
		double left = switch (anchor) {
			case START -> x;
			case MIDDLE -> x - width / 2;
			case END -> x - width;
		};
		g.drawString(text, (float) left, (float) y);
	}

	@Override
	public void end() {
		g.dispose();
	}
}
