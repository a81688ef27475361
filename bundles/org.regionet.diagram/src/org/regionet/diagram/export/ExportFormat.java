package org.regionet.diagram.export;

import java.nio.file.Path;
import java.util.Locale;

/** Output formats of {@link DiagramExporter}. */
public enum ExportFormat {
	SVG, PNG;

	/** The format named by a file's extension, e.g. {@code net.svg}. */
	public static ExportFormat of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".svg")) {
			return SVG;
		}
		if (name.endsWith(".png")) {
			return PNG;
		}
		throw new IllegalArgumentException("cannot tell the format of '" + file.getFileName()
				+ "'; use a file name ending in .svg or .png, or name the format");
	}

	/** A format by name, case-insensitive. */
	public static ExportFormat of(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown format '" + name + "'; known: svg, png", e);
		}
	}
}
