package org.regionet.diagram.render;

import java.util.ArrayList;
import java.util.List;

import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.Rect;

/** Where title, diagram and legend go on the page, and how big the page is. */
record PageLayout(double width, double height, double diagramDx, double diagramDy, double titleY, double subtitleY,
		String subtitle, double legendX, double legendY) {

	static final double MARGIN = 24;
	static final double LEGEND_GAP = 40;

	static PageLayout of(Diagram diagram, TextMeasurer measurer, LegendPainter legend) {
		Rect extent = diagram.extent();
		double titleY = MARGIN + measurer.ascent(Fonts.TITLE);
		double top = MARGIN + measurer.lineHeight(Fonts.TITLE);
		String subtitle = subtitle(diagram);
		double subtitleY = 0;
		if (!subtitle.isEmpty()) {
			subtitleY = top + measurer.ascent(Fonts.LEGEND);
			top += measurer.lineHeight(Fonts.LEGEND);
		}
		top += 16;
		double diagramDx = MARGIN - extent.x();
		double diagramDy = top - extent.y();
		double legendX = MARGIN + extent.width() + (diagram.legend().isEmpty() ? 0 : LEGEND_GAP);
		double contentWidth = legendX + (diagram.legend().isEmpty() ? 0 : legend.width()) + MARGIN;
		double titleWidth = 2 * MARGIN + Math.max(measurer.width(diagram.title(), Fonts.TITLE),
				measurer.width(subtitle, Fonts.LEGEND));
		double height = top + Math.max(extent.height(), diagram.legend().isEmpty() ? 0 : legend.height()) + MARGIN;
		return new PageLayout(Math.ceil(Math.max(contentWidth, titleWidth)), Math.ceil(height), diagramDx, diagramDy,
				titleY, subtitleY, subtitle, legendX, top);
	}

	private static String subtitle(Diagram diagram) {
		List<String> parts = new ArrayList<>();
		List<String> layers = diagram.description().getAdditionalLayers().stream()
				.filter(l -> diagram.activeLayers().contains(l.getName())).map(l -> label(l.getLabel(), l.getName())).toList();
		if (!layers.isEmpty()) {
			parts.add("Layers: " + String.join(", ", layers));
		}
		List<String> filters = diagram.description().getFilters().stream()
				.filter(f -> diagram.activeFilters().contains(f.getName())).map(f -> label(f.getLabel(), f.getName()))
				.toList();
		if (!filters.isEmpty()) {
			parts.add("Filters: " + String.join(", ", filters));
		}
		return String.join("   ·   ", parts);
	}

	private static String label(String label, String name) {
		return label == null || label.isBlank() ? name : label;
	}
}
