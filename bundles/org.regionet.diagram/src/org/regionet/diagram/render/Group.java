package org.regionet.diagram.render;

/**
 * A group of drawing operations that belongs to one diagram element; SVG writes it as {@code <g>} with the
 * element's key and mapping and a tooltip, raster output ignores it.
 */
public record Group(String kind, String key, String mapping, String tooltip) {

	public static Group of(String kind) {
		return new Group(kind, null, null, null);
	}
}
