package org.regionet.diagram.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.expression.EvaluationContext;
import org.regionet.diagram.expression.InverseIndex;
import org.regionet.diagram.expression.Navigator;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;

/**
 * Maps a set of model roots to a diagram according to a description, honouring layers, filters and findings.
 * Expressions see {@code $models} (the roots) and {@code $findings} besides {@code $self} and {@code $container}.
 */
public final class DiagramInterpreter {

	private final DiagramDescription description;

	public DiagramInterpreter(DiagramDescription description) {
		this.description = Objects.requireNonNull(description);
	}

	public Diagram interpret(List<? extends EObject> roots, DiagramOptions options) {
		ActiveDescription active = new ActiveDescription(description, options);
		Navigator navigator = new Navigator(InverseIndex.over(roots, options.findings()));
		Map<String, Object> globals = new HashMap<>();
		globals.put("models", List.copyOf(roots));
		globals.put("findings", options.findings());
		EvaluationContext base = EvaluationContext.of(navigator, globals);

		Diagram diagram = new Diagram(description, title(roots), active.additionalLayerNames(), active.filterNames());
		NodeBuilder nodes = new NodeBuilder(active, base);
		nodes.build(diagram, roots);
		EdgeBuilder edges = new EdgeBuilder(base, nodes.views());
		edges.build(diagram, active.edgeMappings(), roots);
		new FilterApplier(base).apply(diagram, active.filters());

		LegendBuilder legend = new LegendBuilder();
		Set<DiagramNode> visible = diagram.allNodes().collect(Collectors.toSet());
		nodes.appliedStyles().forEach((node, styles) -> {
			if (visible.contains(node)) {
				legend.used(styles);
			}
		});
		Set<DiagramEdge> visibleEdges = Set.copyOf(diagram.edges());
		edges.appliedStyles().forEach((edge, styles) -> {
			if (visibleEdges.contains(edge)) {
				legend.used(styles);
			}
		});
		diagram.setLegend(legend.build(description));
		return diagram;
	}

	/** The representation's label and the namespaces shown, e.g. "Akteursnetz — nrw, nrw.aachen". */
	private String title(List<? extends EObject> roots) {
		String names = roots.stream().map(DiagramInterpreter::rootName).filter(Objects::nonNull).distinct()
				.collect(Collectors.joining(", "));
		String label = description.getLabel() == null ? description.getId() : description.getLabel();
		return names.isEmpty() ? label : label + " — " + names;
	}

	private static String rootName(EObject root) {
		EStructuralFeature name = root.eClass().getEStructuralFeature("name");
		return name != null && root.eGet(name) instanceof String s && !s.isBlank() ? s : null;
	}
}
