package org.regionet.diagram.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.regionet.diagram.description.AbstractNodeMapping;
import org.regionet.diagram.description.ContainerExtension;
import org.regionet.diagram.description.ContainerMapping;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.EdgeMapping;
import org.regionet.diagram.description.Filter;
import org.regionet.diagram.description.Layer;

/** The part of a description that is switched on: the default layer, the chosen layers and filters. */
final class ActiveDescription {

	private final DiagramDescription description;
	private final List<Layer> layers = new ArrayList<>();
	private final List<Filter> filters = new ArrayList<>();

	ActiveDescription(DiagramDescription description, DiagramOptions options) {
		this.description = description;
		layers.add(description.getDefaultLayer());
		Set<String> layerNames = options.layers().orElse(null);
		checkNames("layer", layerNames, description.getAdditionalLayers().stream().map(Layer::getName).toList());
		for (Layer layer : description.getAdditionalLayers()) {
			if (layerNames == null ? layer.isActiveByDefault() : layerNames.contains(layer.getName())) {
				layers.add(layer);
			}
		}
		Set<String> filterNames = options.filters().orElse(null);
		checkNames("filter", filterNames, description.getFilters().stream().map(Filter::getName).toList());
		for (Filter filter : description.getFilters()) {
			if (filterNames == null ? filter.isActiveByDefault() : filterNames.contains(filter.getName())) {
				filters.add(filter);
			}
		}
	}

	/** Unknown names are a user error, reported with the names that exist. */
	private void checkNames(String what, Set<String> requested, List<String> known) {
		if (requested == null) {
			return;
		}
		for (String name : requested) {
			if (!known.contains(name)) {
				throw new IllegalArgumentException("unknown " + what + " '" + name + "' for representation '"
						+ description.getId() + "'; known: " + (known.isEmpty() ? "none" : String.join(", ", known)));
			}
		}
	}

	List<Layer> layers() {
		return layers;
	}

	/** Names of the active additional layers. */
	Set<String> additionalLayerNames() {
		return layers.stream().skip(1).map(Layer::getName).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	List<Filter> filters() {
		return filters;
	}

	Set<String> filterNames() {
		return filters.stream().map(Filter::getName).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** Top-level node mappings of the active layers, containers first within each layer. */
	List<AbstractNodeMapping> topLevelMappings() {
		List<AbstractNodeMapping> mappings = new ArrayList<>();
		for (Layer layer : layers) {
			mappings.addAll(layer.getContainerMappings());
			mappings.addAll(layer.getNodeMappings());
		}
		return mappings;
	}

	/** The mappings for the inside of a container, including those the active layers add. */
	List<AbstractNodeMapping> subMappings(ContainerMapping container) {
		List<AbstractNodeMapping> mappings = new ArrayList<>(container.getSubContainerMappings());
		mappings.addAll(container.getSubNodeMappings());
		for (Layer layer : layers) {
			for (ContainerExtension extension : layer.getExtensions()) {
				if (extension.getExtendedMapping() == container) {
					mappings.addAll(extension.getSubContainerMappings());
					mappings.addAll(extension.getSubNodeMappings());
				}
			}
		}
		return mappings;
	}

	List<EdgeMapping> edgeMappings() {
		List<EdgeMapping> mappings = new ArrayList<>();
		for (Layer layer : layers) {
			mappings.addAll(layer.getEdgeMappings());
		}
		return mappings;
	}
}
