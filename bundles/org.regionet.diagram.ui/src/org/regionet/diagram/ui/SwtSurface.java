package org.regionet.diagram.ui;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.regionet.diagram.render.Colors;
import org.regionet.diagram.render.DrawingSurface;
import org.regionet.diagram.render.Group;
import org.regionet.diagram.render.Paint;
import org.regionet.diagram.render.TextAnchor;
import org.regionet.diagram.text.FontSpec;
import org.regionet.diagram.text.Fonts;

/**
 * Draws the diagram painter's picture on an SWT graphics context, zoomed and scrolled by a {@link ViewTransform},
 * so the editor shows exactly what SVG and PNG export write. Colours and fonts live as long as the surface.
 */
public final class SwtSurface implements DrawingSurface, AutoCloseable {

	private final GC gc;
	private final ViewTransform view;
	private final Map<String, Color> colours = new HashMap<>();
	private final Map<FontSpec, Font> fonts = new HashMap<>();
	private Transform transform;

	public SwtSurface(GC gc, ViewTransform view) {
		this.gc = gc;
		this.view = view;
	}

	@Override
	public void begin(double width, double height, String background) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(colour(background));
		gc.fillRectangle(gc.getClipping());
		transform = new Transform(gc.getDevice());
		transform.translate((float) -view.scrollX(), (float) -view.scrollY());
		transform.scale((float) view.zoom(), (float) view.zoom());
		gc.setTransform(transform);
	}

	@Override
	public void beginGroup(Group group) {
		// hit testing uses the view model, not drawn groups
	}

	@Override
	public void endGroup() {
		// see beginGroup
	}

	@Override
	public void shape(Shape shape, Paint paint) {
		Path path = toPath(shape);
		try {
			if (paint.fill() != null) {
				gc.setBackground(colour(paint.fill()));
				gc.setAlpha((int) Math.round(255 * Math.max(0, Math.min(1, paint.fillOpacity()))));
				gc.fillPath(path);
				gc.setAlpha(255);
			}
			if (paint.stroke() != null && paint.strokeWidth() > 0) {
				gc.setForeground(colour(paint.stroke()));
				float[] dash = Paint.pattern(paint.dash(), paint.strokeWidth());
				LineAttributes line = new LineAttributes((float) paint.strokeWidth(), SWT.CAP_FLAT, SWT.JOIN_ROUND,
						dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dash, 0, 10);
				gc.setLineAttributes(line);
				gc.drawPath(path);
			}
		} finally {
			path.dispose();
		}
	}

	@Override
	public void text(String text, double x, double y, FontSpec font, String colour, TextAnchor anchor) {
		gc.setFont(font(font));
		gc.setForeground(colour(colour));
		var extent = gc.textExtent(text);
		double left = switch (anchor) {
			case START -> x;
			case MIDDLE -> x - extent.x / 2.0;
			case END -> x - extent.x;
		};
		// SWT draws from the top of the line, the painter gives the baseline.
		double top = y - gc.getFontMetrics().getAscent() - gc.getFontMetrics().getLeading();
		gc.drawText(text, (int) Math.round(left), (int) Math.round(top), true);
	}

	@Override
	public void end() {
		gc.setTransform(null);
	}

	@Override
	public void close() {
		if (transform != null) {
			transform.dispose();
		}
		colours.values().forEach(Color::dispose);
		fonts.values().forEach(Font::dispose);
	}

	private Color colour(String css) {
		return colours.computeIfAbsent(css, c -> {
			java.awt.Color awt = Colors.parse(c);
			return new Color(gc.getDevice(), awt.getRed(), awt.getGreen(), awt.getBlue());
		});
	}

	private Font font(FontSpec spec) {
		return fonts.computeIfAbsent(spec, f -> new Font(gc.getDevice(), Fonts.FAMILY,
				(int) Math.max(1, Math.round(f.size() * 72 / dpi())), f.bold() ? SWT.BOLD : SWT.NORMAL));
	}

	/** Font sizes in the diagram are pixels; SWT wants points. */
	private double dpi() {
		Display display = gc.getDevice() instanceof Display d ? d : Display.getDefault();
		return Math.max(72, display.getDPI().y);
	}

	private Path toPath(Shape shape) {
		Path path = new Path(gc.getDevice());
		float[] c = new float[6];
		for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
			switch (it.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> path.moveTo(c[0], c[1]);
				case PathIterator.SEG_LINETO -> path.lineTo(c[0], c[1]);
				case PathIterator.SEG_QUADTO -> path.quadTo(c[0], c[1], c[2], c[3]);
				case PathIterator.SEG_CUBICTO -> path.cubicTo(c[0], c[1], c[2], c[3], c[4], c[5]);
				case PathIterator.SEG_CLOSE -> path.close();
				default -> {
					// no other segment kinds exist
				}
			}
		}
		return path;
	}
}
