package org.regionet.diagram.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Rect;

/**
 * What is selected in a diagram, by key, so that the selection survives a redraw from changed models (the new
 * drawing has new node objects). Nodes and edges in the order they were selected.
 */
public final class DiagramSelection {

	private final Set<String> nodes = new LinkedHashSet<>();
	private final Set<String> edges = new LinkedHashSet<>();

	public boolean isEmpty() {
		return nodes.isEmpty() && edges.isEmpty();
	}

	public void clear() {
		nodes.clear();
		edges.clear();
	}

	/** Selects only this node (or nothing for null). */
	public void selectOnly(DiagramNode node) {
		clear();
		if (node != null) {
			nodes.add(node.key());
		}
	}

	public void selectOnly(DiagramEdge edge) {
		clear();
		edges.add(edge.key());
	}

	/** Adds the node if it was not selected, removes it if it was (Ctrl/Shift+click). */
	public void toggle(DiagramNode node) {
		if (!nodes.remove(node.key())) {
			nodes.add(node.key());
		}
	}

	public void toggle(DiagramEdge edge) {
		if (!edges.remove(edge.key())) {
			edges.add(edge.key());
		}
	}

	public boolean contains(DiagramNode node) {
		return nodes.contains(node.key());
	}

	public boolean contains(DiagramEdge edge) {
		return edges.contains(edge.key());
	}

	/** Adds every node lying wholly inside {@code area} (a rubber band), but not the containers around it. */
	public void addInside(Diagram diagram, Rect area) {
		diagram.allNodes().filter(node -> area.contains(node.absoluteBounds())).forEach(node -> nodes.add(node.key()));
	}

	public void selectAll(Diagram diagram) {
		clear();
		diagram.allNodes().forEach(node -> nodes.add(node.key()));
	}

	/** Only the given node keys stay selected, e.g. the elements another view selected. */
	public void selectKeys(Diagram diagram, Set<String> keys) {
		clear();
		diagram.allNodes().filter(node -> keys.contains(node.key())).forEach(node -> nodes.add(node.key()));
	}

	/** The selected nodes that the diagram shows. */
	public List<DiagramNode> nodes(Diagram diagram) {
		List<DiagramNode> shown = new ArrayList<>();
		for (String key : nodes) {
			diagram.node(key).ifPresent(shown::add);
		}
		return shown;
	}

	/** The selected edges that the diagram shows. */
	public List<DiagramEdge> edges(Diagram diagram) {
		return diagram.edges().stream().filter(edge -> edges.contains(edge.key())).toList();
	}

	/**
	 * The selected nodes to move together: a node inside a selected container moves with the container, so only
	 * the outermost selected nodes are moved.
	 */
	public List<DiagramNode> movable(Diagram diagram) {
		List<DiagramNode> selected = nodes(diagram);
		return selected.stream().filter(node -> selected.stream().noneMatch(other -> other != node && other.contains(node)))
				.toList();
	}
}
