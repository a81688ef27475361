package org.regionet.diagram.sidecar;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.regionet.diagram.io.AtomicFiles;
import org.regionet.diagram.view.Point;

/**
 * Reads and writes layout sidecars as JSON made for Git: keys sorted at every level, one pinned node per line,
 * whole-pixel coordinates, LF line ends and a final newline, so two people pinning different nodes merge without
 * conflict. Saving is atomic. Reading is strict and reports file, line and cause; unresolved merge conflicts are
 * named as such.
 */
public final class SidecarJson {

	public static final String FORMAT = "regionet-layout/1";

	private SidecarJson() {
	}

	/** Reads a sidecar; a missing file gives an empty sidecar. */
	public static LayoutSidecar read(Path file) throws IOException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return new LayoutSidecar();
		} catch (MalformedInputException e) {
			throw new SidecarException(file, "not UTF-8 text", e);
		}
		return parse(text, file);
	}

	/** Writes a sidecar atomically. */
	public static void save(Path file, LayoutSidecar sidecar) throws IOException {
		AtomicFiles.write(file, format(sidecar).getBytes(StandardCharsets.UTF_8));
	}

	/** Parses sidecar text; {@code file} is only used in messages. */
	public static LayoutSidecar parse(String text, Path file) throws SidecarException {
		return SidecarReader.parse(text, file);
	}

	/** The text written for a sidecar. */
	public static String format(LayoutSidecar sidecar) {
		return SidecarWriter.format(sidecar);
	}

	/** Convenience for callers that only need the pins of one representation. */
	public static Map<String, Point> pins(LayoutSidecar sidecar, String representationId) {
		Optional<RepresentationLayout> layout = sidecar.find(representationId);
		return layout.map(RepresentationLayout::pinned).orElse(Map.of());
	}
}
