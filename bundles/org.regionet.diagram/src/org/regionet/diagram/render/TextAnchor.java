package org.regionet.diagram.render;

/** Horizontal alignment of a text relative to its x coordinate. */
public enum TextAnchor {
	START, MIDDLE, END
}
