package org.regionet.diagram.view;

/** One line of the legend: a node sample or an edge sample, and its text. Exactly one appearance is set. */
public record LegendEntry(String label, NodeAppearance node, EdgeAppearance edge) {

	public static LegendEntry ofNode(String label, NodeAppearance node) {
		return new LegendEntry(label, node, null);
	}

	public static LegendEntry ofEdge(String label, EdgeAppearance edge) {
		return new LegendEntry(label, null, edge);
	}
}
