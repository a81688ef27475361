package org.regionet.diagram.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.regionet.diagram.description.DiagramElementMapping;
import org.regionet.diagram.description.Filter;
import org.regionet.diagram.expression.EvaluationContext;
import org.regionet.diagram.expression.Expressions;
import org.regionet.diagram.expression.Values;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;

/**
 * Removes what the active filters hide: elements of the filter's mappings for which its condition holds (all of
 * them without a condition), with their contents and edges; then, for filters that ask for it, nodes left without
 * edges.
 */
final class FilterApplier {

	private final EvaluationContext base;

	FilterApplier(EvaluationContext base) {
		this.base = base;
	}

	void apply(Diagram diagram, List<Filter> filters) {
		for (Filter filter : filters) {
			boolean hidesByCondition = !Expressions.isBlank(filter.getConditionExpression());
			if (!hidesByCondition && (filter.isHideUnconnected() || filter.getMappings().isEmpty())) {
				continue;
			}
			for (DiagramNode node : diagram.allNodes().toList()) {
				if (appliesTo(filter, node.mapping()) && (!hidesByCondition || holds(filter, node.semantic(), null))) {
					remove(diagram, node);
				}
			}
			List<DiagramEdge> hidden = new ArrayList<>();
			for (DiagramEdge edge : diagram.edges()) {
				if (appliesTo(filter, edge.mapping()) && (!hidesByCondition || holds(filter, edge.semantics().get(0), edge))) {
					hidden.add(edge);
				}
			}
			diagram.removeEdges(hidden);
		}
		for (Filter filter : filters) {
			if (filter.isHideUnconnected()) {
				removeUnconnected(diagram, filter);
			}
		}
	}

	private static boolean appliesTo(Filter filter, DiagramElementMapping mapping) {
		return filter.getMappings().isEmpty() || filter.getMappings().contains(mapping);
	}

	private boolean holds(Filter filter, Object semantic, DiagramEdge edge) {
		EvaluationContext context = base.withSelf(semantic);
		if (edge != null) {
			context = context.with("source", edge.source().semantic()).with("target", edge.target().semantic());
		}
		return Values.isTrue(context.evaluate(filter.getConditionExpression()));
	}

	private void removeUnconnected(Diagram diagram, Filter filter) {
		Set<DiagramNode> connected = new HashSet<>();
		for (DiagramEdge edge : diagram.edges()) {
			connected.add(edge.source());
			connected.add(edge.target());
		}
		for (DiagramNode node : diagram.allNodes().toList()) {
			if (!node.isContainer() && appliesTo(filter, node.mapping()) && !connected.contains(node)) {
				remove(diagram, node);
			}
		}
	}

	private static void remove(Diagram diagram, DiagramNode node) {
		if (!diagram.removeNode(node)) {
			return; // already gone with an ancestor
		}
		Set<DiagramNode> gone = new HashSet<>(node.selfAndDescendants().toList());
		diagram.removeEdges(diagram.edges().stream()
				.filter(e -> gone.contains(e.source()) || gone.contains(e.target())).toList());
	}
}
