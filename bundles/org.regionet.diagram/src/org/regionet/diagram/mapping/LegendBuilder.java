package org.regionet.diagram.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.regionet.diagram.description.AbstractNodeMapping;
import org.regionet.diagram.description.ContainerMapping;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.EdgeMapping;
import org.regionet.diagram.description.EdgeStyle;
import org.regionet.diagram.description.NodeStyle;
import org.regionet.diagram.description.Style;
import org.regionet.diagram.view.LegendEntry;
import org.regionet.diagram.view.NodeAppearance;

/**
 * Builds the legend from the styles that carry a legend label and that the diagram actually uses, in the order they
 * appear in the description. Each sample shows the mapping's own style with that one style laid over it.
 */
final class LegendBuilder {

	private final Set<Style> used = new LinkedHashSet<>();

	void used(List<Style> styles) {
		used.addAll(styles);
	}

	List<LegendEntry> build(DiagramDescription description) {
		List<LegendEntry> entries = new ArrayList<>();
		Set<String> labels = new LinkedHashSet<>();
		for (TreeIterator<EObject> it = description.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Style style && used.contains(style) && style.getLegendLabel() != null
					&& !style.getLegendLabel().isBlank() && labels.add(style.getLegendLabel())) {
				LegendEntry entry = entry(style);
				if (entry != null) {
					entries.add(entry);
				}
			}
		}
		return entries;
	}

	private static LegendEntry entry(Style style) {
		EObject owner = style.eContainer() instanceof AbstractNodeMapping || style.eContainer() instanceof EdgeMapping
				? style.eContainer()
				: style.eContainer().eContainer();
		if (style instanceof NodeStyle nodeStyle && owner instanceof AbstractNodeMapping mapping) {
			NodeAppearance base = Styles.over(
					mapping instanceof ContainerMapping ? NodeAppearance.CONTAINER : NodeAppearance.NODE,
					mapping.getStyle());
			return LegendEntry.ofNode(style.getLegendLabel(), Styles.over(base, nodeStyle));
		}
		if (style instanceof EdgeStyle edgeStyle && owner instanceof EdgeMapping mapping) {
			return LegendEntry.ofEdge(style.getLegendLabel(),
					Styles.over(Styles.over(StyleResolver.defaultEdge(mapping), mapping.getStyle()), edgeStyle));
		}
		return null;
	}
}
