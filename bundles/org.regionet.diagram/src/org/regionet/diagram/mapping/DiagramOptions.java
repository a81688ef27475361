package org.regionet.diagram.mapping;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to show: which additional layers and which filters are on (absent means the description's defaults), and
 * the findings to draw.
 */
public record DiagramOptions(Optional<Set<String>> layers, Optional<Set<String>> filters, List<FindingLink> findings) {

	public DiagramOptions {
		layers = layers.map(Set::copyOf);
		filters = filters.map(Set::copyOf);
		findings = List.copyOf(findings);
	}

	/** The description's default layers and filters, no findings. */
	public static DiagramOptions defaults() {
		return new DiagramOptions(Optional.empty(), Optional.empty(), List.of());
	}

	/** Exactly these additional layers on (by name). */
	public DiagramOptions withLayers(Set<String> names) {
		return new DiagramOptions(Optional.of(names), filters, findings);
	}

	/** Exactly these filters on (by name). */
	public DiagramOptions withFilters(Set<String> names) {
		return new DiagramOptions(layers, Optional.of(names), findings);
	}

	public DiagramOptions withFindings(List<FindingLink> newFindings) {
		return new DiagramOptions(layers, filters, newFindings);
	}
}
