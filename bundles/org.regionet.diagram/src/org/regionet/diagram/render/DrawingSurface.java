package org.regionet.diagram.render;

import java.awt.Shape;

import org.regionet.diagram.text.FontSpec;

/**
 * What the painter draws on. Implemented for SVG and for Java2D images; an SWT canvas can implement it too, so
 * every output draws the same picture. Shapes are java.awt.geom geometry, which needs no display.
 */
public interface DrawingSurface {

	void begin(double width, double height, String background);

	void beginGroup(Group group);

	void endGroup();

	/** Fills and/or strokes a closed or open shape. */
	void shape(Shape shape, Paint paint);

	/** One line of text with its baseline at {@code y}. */
	void text(String text, double x, double y, FontSpec font, String colour, TextAnchor anchor);

	void end();
}
