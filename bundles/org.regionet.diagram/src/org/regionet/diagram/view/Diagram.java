package org.regionet.diagram.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.regionet.diagram.description.DiagramDescription;

/**
 * A diagram produced by interpreting a description over a set of models: top-level nodes with their children,
 * edges, and the legend. It is derived data; only the layout sidecar persists anything about it.
 */
public final class Diagram {

	private final DiagramDescription description;
	private final String title;
	private final Set<String> activeLayers;
	private final Set<String> activeFilters;
	private final List<DiagramNode> nodes = new ArrayList<>();
	private final List<DiagramEdge> edges = new ArrayList<>();
	private final List<LegendEntry> legend = new ArrayList<>();

	public Diagram(DiagramDescription description, String title, Set<String> activeLayers, Set<String> activeFilters) {
		this.description = description;
		this.title = title;
		this.activeLayers = Set.copyOf(activeLayers);
		this.activeFilters = Set.copyOf(activeFilters);
	}

	public DiagramDescription description() {
		return description;
	}

	public String representationId() {
		return description.getId();
	}

	public String title() {
		return title;
	}

	/** Names of the additional layers shown. */
	public Set<String> activeLayers() {
		return activeLayers;
	}

	/** Names of the filters applied. */
	public Set<String> activeFilters() {
		return activeFilters;
	}

	/** Top-level nodes. */
	public List<DiagramNode> nodes() {
		return Collections.unmodifiableList(nodes);
	}

	public void addNode(DiagramNode node) {
		nodes.add(node);
	}

	public boolean removeNode(DiagramNode node) {
		return node.parent() == null ? nodes.remove(node) : node.parent().removeChild(node);
	}

	public List<DiagramEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	public void addEdge(DiagramEdge edge) {
		edges.add(edge);
	}

	public void removeEdges(Collection<DiagramEdge> removed) {
		edges.removeAll(Set.copyOf(removed));
	}

	public List<LegendEntry> legend() {
		return Collections.unmodifiableList(legend);
	}

	public void setLegend(List<LegendEntry> entries) {
		legend.clear();
		legend.addAll(entries);
	}

	/** All nodes at every depth, parents before children. */
	public Stream<DiagramNode> allNodes() {
		return nodes.stream().flatMap(DiagramNode::selfAndDescendants);
	}

	/** Nodes by key. */
	public Map<String, DiagramNode> nodesByKey() {
		Map<String, DiagramNode> map = new LinkedHashMap<>();
		allNodes().forEach(n -> map.put(n.key(), n));
		return map;
	}

	public Optional<DiagramNode> node(String key) {
		return allNodes().filter(n -> n.key().equals(key)).findFirst();
	}

	/** The bounding box of all nodes and edge routes. */
	public Rect extent() {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (DiagramNode node : nodes) {
			Rect r = node.absoluteBounds();
			minX = Math.min(minX, r.x());
			minY = Math.min(minY, r.y());
			maxX = Math.max(maxX, r.right());
			maxY = Math.max(maxY, r.bottom());
		}
		for (DiagramEdge edge : edges) {
			for (Point p : edge.route()) {
				minX = Math.min(minX, p.x());
				minY = Math.min(minY, p.y());
				maxX = Math.max(maxX, p.x());
				maxY = Math.max(maxY, p.y());
			}
			if (edge.labelBounds() != null) {
				Rect l = edge.labelBounds();
				minX = Math.min(minX, l.x());
				minY = Math.min(minY, l.y());
				maxX = Math.max(maxX, l.right());
				maxY = Math.max(maxY, l.bottom());
			}
		}
		return minX > maxX ? new Rect(0, 0, 0, 0) : new Rect(minX, minY, maxX - minX, maxY - minY);
	}
}
