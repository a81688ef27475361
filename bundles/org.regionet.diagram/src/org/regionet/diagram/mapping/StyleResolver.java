package org.regionet.diagram.mapping;

import java.util.ArrayList;
import java.util.List;

import org.regionet.diagram.description.AbstractNodeMapping;
import org.regionet.diagram.description.ConditionalEdgeStyle;
import org.regionet.diagram.description.ConditionalNodeStyle;
import org.regionet.diagram.description.ContainerMapping;
import org.regionet.diagram.description.EdgeMapping;
import org.regionet.diagram.description.Style;
import org.regionet.diagram.expression.EvaluationContext;
import org.regionet.diagram.expression.Values;
import org.regionet.diagram.view.EdgeAppearance;
import org.regionet.diagram.view.NodeAppearance;

/**
 * Resolves the appearance of one element: the mapping's style, then every conditional style whose predicate holds,
 * in order. Also reports which styles were applied, so the legend can list only what the diagram shows.
 */
final class StyleResolver {

	record Resolved<A>(A appearance, List<Style> applied) {
	}

	Resolved<NodeAppearance> node(AbstractNodeMapping mapping, EvaluationContext context) {
		List<Style> applied = new ArrayList<>();
		NodeAppearance appearance = Styles.over(
				mapping instanceof ContainerMapping ? NodeAppearance.CONTAINER : NodeAppearance.NODE, mapping.getStyle());
		applied.add(mapping.getStyle());
		for (ConditionalNodeStyle conditional : mapping.getConditionalStyles()) {
			if (Values.isTrue(context.evaluate(conditional.getPredicateExpression()))) {
				appearance = Styles.over(appearance, conditional.getStyle());
				applied.add(conditional.getStyle());
			}
		}
		return new Resolved<>(appearance, applied);
	}

	Resolved<EdgeAppearance> edge(EdgeMapping mapping, EvaluationContext context) {
		List<Style> applied = new ArrayList<>();
		EdgeAppearance appearance = Styles.over(defaultEdge(mapping), mapping.getStyle());
		applied.add(mapping.getStyle());
		for (ConditionalEdgeStyle conditional : mapping.getConditionalStyles()) {
			if (Values.isTrue(context.evaluate(conditional.getPredicateExpression()))) {
				appearance = Styles.over(appearance, conditional.getStyle());
				applied.add(conditional.getStyle());
			}
		}
		return new Resolved<>(appearance, applied);
	}

	static EdgeAppearance defaultEdge(EdgeMapping mapping) {
		return mapping.isDirected() ? EdgeAppearance.DIRECTED : EdgeAppearance.UNDIRECTED;
	}
}
