package org.regionet.diagram.sidecar;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.google.gson.JsonElement;

/**
 * The layout sidecar of a model file ({@code aachen.regio.layout} next to {@code aachen.regio}): per
 * representation id, what the user chose and pinned. Diagrams hold no semantic data, so this is all a diagram
 * persists. Read and written by {@link SidecarJson}.
 */
public final class LayoutSidecar {

	public static final String EXTENSION = ".layout";

	private final SortedMap<String, RepresentationLayout> representations = new TreeMap<>();
	final SortedMap<String, JsonElement> unknown = new TreeMap<>();

	/** The sidecar path for a model file. */
	public static Path pathFor(Path modelFile) {
		return modelFile.resolveSibling(modelFile.getFileName() + EXTENSION);
	}

	/** The entry for a representation, created if missing. */
	public RepresentationLayout representation(String id) {
		return representations.computeIfAbsent(id, k -> new RepresentationLayout());
	}

	public Optional<RepresentationLayout> find(String id) {
		return Optional.ofNullable(representations.get(id));
	}

	public SortedMap<String, RepresentationLayout> representations() {
		return Collections.unmodifiableSortedMap(representations);
	}
}
