package org.regionet.diagram.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.regionet.diagram.description.EdgeMapping;

/**
 * An edge between two diagram nodes. Edges of one mapping between the same two nodes are merged into one edge that
 * lists all their semantic elements. The route is in diagram coordinates.
 */
public final class DiagramEdge {

	private final String key;
	private final EdgeMapping mapping;
	private final DiagramNode source;
	private final DiagramNode target;
	private final List<Object> semantics = new ArrayList<>();
	private final List<String> labels = new ArrayList<>();
	private final List<String> tooltips = new ArrayList<>();
	private EdgeAppearance appearance = EdgeAppearance.DIRECTED;
	private List<Point> route = List.of();
	private Rect labelBounds;

	public DiagramEdge(String key, EdgeMapping mapping, DiagramNode source, DiagramNode target) {
		this.key = key;
		this.mapping = mapping;
		this.source = source;
		this.target = target;
	}

	public String key() {
		return key;
	}

	public EdgeMapping mapping() {
		return mapping;
	}

	public DiagramNode source() {
		return source;
	}

	public DiagramNode target() {
		return target;
	}

	/** The model elements this edge stands for (several if merged). */
	public List<Object> semantics() {
		return Collections.unmodifiableList(semantics);
	}

	/** Adds a semantic element with its label and tooltip (blank ones are not repeated). */
	public void addSemantic(Object semantic, String label, String tooltip) {
		semantics.add(semantic);
		if (label != null && !label.isBlank() && !labels.contains(label)) {
			labels.add(label);
		}
		if (tooltip != null && !tooltip.isBlank() && !tooltips.contains(tooltip)) {
			tooltips.add(tooltip);
		}
	}

	/** The label text; merged edges show each distinct label once. */
	public String label() {
		return String.join(" · ", labels);
	}

	public String tooltip() {
		return String.join("\n", tooltips);
	}

	public EdgeAppearance appearance() {
		return appearance;
	}

	public void setAppearance(EdgeAppearance appearance) {
		this.appearance = appearance;
	}

	public List<Point> route() {
		return route;
	}

	public void setRoute(List<Point> points) {
		this.route = List.copyOf(points);
	}

	/** Where the label is drawn (diagram coordinates), or null if the edge has no label or is not laid out. */
	public Rect labelBounds() {
		return labelBounds;
	}

	public void setLabelBounds(Rect bounds) {
		this.labelBounds = bounds;
	}

	public boolean connects(DiagramNode node) {
		return source == node || target == node;
	}

	@Override
	public String toString() {
		return "Edge[" + key + "]";
	}
}
