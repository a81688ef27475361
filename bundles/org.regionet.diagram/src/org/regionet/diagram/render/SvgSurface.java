package org.regionet.diagram.render;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.regionet.diagram.text.FontSpec;
import org.regionet.diagram.text.Fonts;

/**
 * Writes SVG 1.1 through the JDK's XML writer (so every label is escaped correctly). Each diagram element becomes a
 * {@code <g>} with {@code class}, {@code data-key}, {@code data-mapping} and a {@code <title>} tooltip, which keeps
 * the file inspectable and testable.
 */
public final class SvgSurface implements DrawingSurface {

	private static final String NS = "http://www.w3.org/2000/svg";
	private final XMLStreamWriter xml;
	private int depth;

	public SvgSurface(Writer out) {
		try {
			xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		} catch (XMLStreamException e) {
			throw new IllegalStateException("no XML writer available", e);
		}
	}

	@Override
	public void begin(double width, double height, String background) {
		run(() -> {
			xml.writeStartDocument("UTF-8", "1.0");
			newline();
			xml.writeStartElement("svg");
			xml.writeDefaultNamespace(NS);
			xml.writeAttribute("version", "1.1");
			xml.writeAttribute("width", num(width));
			xml.writeAttribute("height", num(height));
			xml.writeAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
			xml.writeAttribute("font-family", Fonts.CSS_FAMILY);
			depth = 1;
			newline();
			xml.writeEmptyElement("rect");
			xml.writeAttribute("class", "background");
			xml.writeAttribute("width", num(width));
			xml.writeAttribute("height", num(height));
			xml.writeAttribute("fill", background);
		});
	}

	@Override
	public void beginGroup(Group group) {
		run(() -> {
			newline();
			xml.writeStartElement("g");
			xml.writeAttribute("class", group.kind());
			if (group.key() != null) {
				xml.writeAttribute("data-key", group.key());
			}
			if (group.mapping() != null) {
				xml.writeAttribute("data-mapping", group.mapping());
			}
			depth++;
			if (group.tooltip() != null && !group.tooltip().isBlank()) {
				newline();
				xml.writeStartElement("title");
				xml.writeCharacters(group.tooltip());
				xml.writeEndElement();
			}
		});
	}

	@Override
	public void endGroup() {
		run(() -> {
			depth--;
			newline();
			xml.writeEndElement();
		});
	}

	@Override
	public void shape(Shape shape, Paint paint) {
		run(() -> {
			newline();
			if (shape instanceof RoundRectangle2D r) {
				xml.writeEmptyElement("rect");
				rect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
				xml.writeAttribute("rx", num(r.getArcWidth() / 2));
				xml.writeAttribute("ry", num(r.getArcHeight() / 2));
			} else if (shape instanceof Rectangle2D r) {
				xml.writeEmptyElement("rect");
				rect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
			} else if (shape instanceof Ellipse2D e) {
				xml.writeEmptyElement("ellipse");
				xml.writeAttribute("cx", num(e.getCenterX()));
				xml.writeAttribute("cy", num(e.getCenterY()));
				xml.writeAttribute("rx", num(e.getWidth() / 2));
				xml.writeAttribute("ry", num(e.getHeight() / 2));
			} else {
				xml.writeEmptyElement("path");
				xml.writeAttribute("d", pathData(shape));
			}
			paint(paint);
		});
	}

	private void rect(double x, double y, double w, double h) throws XMLStreamException {
		xml.writeAttribute("x", num(x));
		xml.writeAttribute("y", num(y));
		xml.writeAttribute("width", num(w));
		xml.writeAttribute("height", num(h));
	}

	private void paint(Paint paint) throws XMLStreamException {
		xml.writeAttribute("fill", paint.fill() == null ? "none" : paint.fill());
		if (paint.fill() != null && paint.fillOpacity() < 1) {
			xml.writeAttribute("fill-opacity", num(paint.fillOpacity()));
		}
		if (paint.stroke() != null && paint.strokeWidth() > 0) {
			xml.writeAttribute("stroke", paint.stroke());
			xml.writeAttribute("stroke-width", num(paint.strokeWidth()));
			float[] dash = Paint.pattern(paint.dash(), paint.strokeWidth());
			if (dash != null) {
				xml.writeAttribute("stroke-dasharray", num(dash[0]) + " " + num(dash[1]));
			}
			xml.writeAttribute("stroke-linejoin", "round");
		}
	}

	private static String pathData(Shape shape) {
		StringBuilder d = new StringBuilder();
		double[] c = new double[6];
		for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
			switch (it.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
				case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
				case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
						.append(num(c[2])).append(' ').append(num(c[3]));
				case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
						.append(num(c[2])).append(' ').append(num(c[3])).append(' ').append(num(c[4])).append(' ')
						.append(num(c[5]));
				case PathIterator.SEG_CLOSE -> d.append('Z');
				default -> throw new IllegalStateException();
			}
		}
		return d.toString();
	}

	@Override
	public void text(String text, double x, double y, FontSpec font, String colour, TextAnchor anchor) {
		run(() -> {
			newline();
			xml.writeStartElement("text");
			xml.writeAttribute("x", num(x));
			xml.writeAttribute("y", num(y));
			xml.writeAttribute("font-size", num(font.size()));
			if (font.bold()) {
				xml.writeAttribute("font-weight", "bold");
			}
			xml.writeAttribute("fill", colour);
			if (anchor != TextAnchor.START) {
				xml.writeAttribute("text-anchor", anchor == TextAnchor.MIDDLE ? "middle" : "end");
			}
			xml.writeCharacters(text);
			xml.writeEndElement();
		});
	}

	@Override
	public void end() {
		run(() -> {
			depth = 0;
			newline();
			xml.writeEndElement();
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.flush();
		});
	}

	private void newline() throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(Math.max(depth, 0)));
	}

	/** One decimal at most: enough for a drawing, and keeps the file small and stable. */
	static String num(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private interface XmlAction {
		void run() throws XMLStreamException;
	}

	private static void run(XmlAction action) {
		try {
			action.run();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write SVG: " + e.getMessage(), e);
		}
	}
}
