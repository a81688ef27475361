package org.regionet.diagram.tests;

import java.util.List;
import java.util.Set;

import org.regionet.diagram.mapping.DiagramInterpreter;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;

/** Shortcuts for building diagrams of the example and looking into them. */
final class Diagrams {

	private Diagrams() {
	}

	static Diagram of(String representation, DiagramOptions options) {
		return new DiagramInterpreter(RepresentationRegistry.builtIn().get(representation))
				.interpret(ExampleModels.all(), options);
	}

	static Diagram of(String representation) {
		return of(representation, DiagramOptions.defaults());
	}

	static DiagramOptions layers(String... names) {
		return DiagramOptions.defaults().withLayers(Set.of(names));
	}

	static List<DiagramNode> nodes(Diagram diagram, String mapping) {
		return diagram.allNodes().filter(n -> n.mapping().getName().equals(mapping)).toList();
	}

	static List<DiagramEdge> edges(Diagram diagram, String mapping) {
		return diagram.edges().stream().filter(e -> e.mapping().getName().equals(mapping)).toList();
	}

	static DiagramNode node(Diagram diagram, String key) {
		return diagram.node(key).orElseThrow(() -> new AssertionError("no node " + key));
	}

	static boolean connected(Diagram diagram, String mapping, String a, String b) {
		return edges(diagram, mapping).stream().anyMatch(e -> e.source().key().equals(a) && e.target().key().equals(b)
				|| e.source().key().equals(b) && e.target().key().equals(a));
	}
}
