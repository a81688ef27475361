package org.regionet.diagram.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.sidecar.SidecarJson;
import org.regionet.diagram.view.DiagramNode;

/**
 * What the diagram editor writes into the layout sidecar next to the model file, atomically: where the user dragged
 * a node (relative to its parent, as the layout expects) and which layers and filters are on. The model file itself
 * is never touched.
 */
public final class PinWriter {

	private PinWriter() {
	}

	/** Pins {@code node} at the given position relative to its parent, in the sidecar of {@code modelFile}. */
	public static Path pin(Path modelFile, String representationId, DiagramNode node, double x, double y)
			throws IOException {
		Path file = LayoutSidecar.pathFor(modelFile);
		LayoutSidecar sidecar = Files.exists(file) ? SidecarJson.read(file) : new LayoutSidecar();
		sidecar.representation(representationId).pin(node.key(), Math.round(x), Math.round(y));
		SidecarJson.save(file, sidecar);
		return file;
	}

	/** Pins several nodes in one write, e.g. a dragged selection; positions relative to each node's parent. */
	public static void pinAll(Path modelFile, String representationId, java.util.Map<DiagramNode, double[]> positions)
			throws IOException {
		Path file = LayoutSidecar.pathFor(modelFile);
		LayoutSidecar sidecar = Files.exists(file) ? SidecarJson.read(file) : new LayoutSidecar();
		positions.forEach((node, position) -> sidecar.representation(representationId).pin(node.key(),
				Math.round(position[0]), Math.round(position[1])));
		SidecarJson.save(file, sidecar);
	}

	/** Remembers which layers and filters are switched on for the representation; the exporter honours them too. */
	public static void choose(Path modelFile, String representationId, Set<String> layers, Set<String> filters)
			throws IOException {
		Path file = LayoutSidecar.pathFor(modelFile);
		LayoutSidecar sidecar = Files.exists(file) ? SidecarJson.read(file) : new LayoutSidecar();
		sidecar.representation(representationId).setLayers(layers);
		sidecar.representation(representationId).setFilters(filters);
		SidecarJson.save(file, sidecar);
	}

	/** Forgets every pin of the representation, so "arrange all" lays out from scratch. */
	public static void unpinAll(Path modelFile, String representationId) throws IOException {
		Path file = LayoutSidecar.pathFor(modelFile);
		if (!Files.exists(file)) {
			return;
		}
		LayoutSidecar sidecar = SidecarJson.read(file);
		var layout = sidecar.find(representationId);
		if (layout.isPresent()) {
			for (String key : java.util.List.copyOf(layout.get().pinned().keySet())) {
				layout.get().unpin(key);
			}
			SidecarJson.save(file, sidecar);
		}
	}
}
