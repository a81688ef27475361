package org.regionet.diagram.layout;

import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.EdgeRouting;
import org.regionet.diagram.description.LayoutDescription;
import org.regionet.diagram.description.LayoutDirection;

/**
 * Layout parameters: the description's defaults, possibly with another algorithm chosen by the user. An aspect
 * ratio of NaN leaves ELK's default.
 */
public record LayoutSettings(String algorithm, LayoutDirection direction, EdgeRouting edgeRouting, double nodeSpacing,
		double layerSpacing, double maxLabelWidth, double aspectRatio, boolean keepModelOrder, boolean uniformWidth) {

	public static final String LAYERED = "org.eclipse.elk.layered";

	public static LayoutSettings defaults() {
		return new LayoutSettings(LAYERED, LayoutDirection.RIGHT, EdgeRouting.ORTHOGONAL, 24, 56, 170, Double.NaN,
				false, false);
	}

	public static LayoutSettings of(DiagramDescription description) {
		return of(description.getLayout(), defaults());
	}

	/** Settings from a layout description, or {@code fallback} if there is none. */
	public static LayoutSettings of(LayoutDescription layout, LayoutSettings fallback) {
		if (layout == null) {
			return fallback;
		}
		return new LayoutSettings(qualify(layout.getAlgorithm()), layout.getDirection(), layout.getEdgeRouting(),
				layout.getNodeSpacing(), layout.getLayerSpacing(), layout.getMaxLabelWidth(),
				layout.isSetAspectRatio() ? layout.getAspectRatio() : Double.NaN, layout.isKeepModelOrder(),
				layout.isUniformWidth());
	}

	/** The same settings with another ELK algorithm; short ids such as {@code box} mean {@code org.eclipse.elk.box}. */
	public LayoutSettings withAlgorithm(String id) {
		return new LayoutSettings(qualify(id), direction, edgeRouting, nodeSpacing, layerSpacing, maxLabelWidth,
				aspectRatio, keepModelOrder, uniformWidth);
	}

	public boolean isLayered() {
		return LAYERED.equals(algorithm);
	}

	static String qualify(String id) {
		if (id == null || id.isBlank()) {
			return LAYERED;
		}
		return id.contains(".") ? id : "org.eclipse.elk." + id;
	}
}
