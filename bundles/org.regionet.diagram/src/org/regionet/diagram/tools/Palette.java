package org.regionet.diagram.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.DiagramElementMapping;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.Layer;
import org.regionet.diagram.description.Tool;

/** The palette of a diagram: the tools of the default layer and of the active additional layers. */
public final class Palette {

	private final List<Tool> tools = new ArrayList<>();

	public Palette(DiagramDescription description, Set<String> activeLayers) {
		tools.addAll(description.getDefaultLayer().getTools());
		for (Layer layer : description.getAdditionalLayers()) {
			if (activeLayers.contains(layer.getName())) {
				tools.addAll(layer.getTools());
			}
		}
	}

	public List<Tool> tools() {
		return List.copyOf(tools);
	}

	/** The tool with this name. */
	public Optional<Tool> tool(String name) {
		return tools.stream().filter(t -> name.equals(t.getName())).findFirst();
	}

	/** The direct-edit tool for elements of a mapping, if the palette has one. */
	public Optional<DirectEditLabelTool> directEdit(DiagramElementMapping mapping) {
		return tools.stream().filter(DirectEditLabelTool.class::isInstance).map(DirectEditLabelTool.class::cast)
				.filter(t -> t.getMappings().contains(mapping)).findFirst();
	}
}
