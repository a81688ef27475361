package org.regionet.diagram.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.regionet.diagram.description.AbstractNodeMapping;
import org.regionet.diagram.description.EdgeMapping;
import org.regionet.diagram.description.ElementEdgeMapping;
import org.regionet.diagram.description.RelationEdgeMapping;
import org.regionet.diagram.description.Style;
import org.regionet.diagram.expression.DomainClasses;
import org.regionet.diagram.expression.EvaluationContext;
import org.regionet.diagram.expression.Expressions;
import org.regionet.diagram.expression.Values;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.EdgeAppearance;

/**
 * Creates edges between the nodes already built. Relation mappings follow a path from each source element; element
 * mappings turn an element (a cooperation, an activity, a finding) into edges between what its finders return.
 * Edges of one mapping between the same two nodes are merged. Where an element has several views, each pair of
 * elements is connected between its nearest views only.
 */
final class EdgeBuilder {

	private final EvaluationContext base;
	private final Map<AbstractNodeMapping, Map<Object, List<DiagramNode>>> views;
	private final StyleResolver styles = new StyleResolver();
	private final Map<DiagramEdge, List<Style>> appliedStyles = new IdentityHashMap<>();

	EdgeBuilder(EvaluationContext base, Map<AbstractNodeMapping, Map<Object, List<DiagramNode>>> views) {
		this.base = base;
		this.views = views;
	}

	void build(Diagram diagram, List<EdgeMapping> mappings, List<? extends EObject> roots) {
		for (EdgeMapping mapping : mappings) {
			Map<String, DiagramEdge> edges = new HashMap<>();
			if (mapping instanceof RelationEdgeMapping relation) {
				buildRelation(diagram, relation, edges);
			} else if (mapping instanceof ElementEdgeMapping element) {
				buildElement(diagram, element, roots, edges);
			}
		}
	}

	private void buildRelation(Diagram diagram, RelationEdgeMapping mapping, Map<String, DiagramEdge> edges) {
		Set<Object> sources = new LinkedHashSet<>();
		for (AbstractNodeMapping sourceMapping : mapping.getSourceMappings()) {
			sources.addAll(views.getOrDefault(sourceMapping, Map.of()).keySet());
		}
		for (Object source : sources) {
			for (Object target : Values.toList(
					base.withSelf(source).evaluate(mapping.getTargetFinderExpression()))) {
				connect(diagram, mapping, source, source, target, edges);
			}
		}
	}

	private void buildElement(Diagram diagram, ElementEdgeMapping mapping, List<? extends EObject> roots,
			Map<String, DiagramEdge> edges) {
		Set<Object> elements = new LinkedHashSet<>();
		for (EObject root : roots) {
			for (Object candidate : Values.toList(base.withSelf(root).evaluate(mapping.getSemanticCandidatesExpression()))) {
				if (DomainClasses.isInstance(candidate, mapping.getDomainClass())) {
					elements.add(candidate);
				}
			}
		}
		for (Object element : elements) {
			EvaluationContext context = base.withSelf(element);
			if (!Expressions.isBlank(mapping.getPreconditionExpression())
					&& !Values.isTrue(context.evaluate(mapping.getPreconditionExpression()))) {
				continue;
			}
			List<Object> sources = Values.toList(context.evaluate(mapping.getSourceFinderExpression()));
			List<Object> targets = Values.toList(context.evaluate(mapping.getTargetFinderExpression()));
			Set<List<Object>> done = new HashSet<>();
			for (Object source : sources) {
				for (Object target : targets) {
					if (source != target && (mapping.isDirected() || !done.contains(List.of(target, source)))
							&& done.add(List.of(source, target))) {
						connect(diagram, mapping, element, source, target, edges);
					}
				}
			}
		}
	}

	private void connect(Diagram diagram, EdgeMapping mapping, Object semantic, Object source, Object target,
			Map<String, DiagramEdge> edges) {
		if (source == target) {
			return;
		}
		List<DiagramNode> sourceViews = viewsOf(mapping.getSourceMappings(), source);
		List<DiagramNode> targetViews = viewsOf(mapping.getTargetMappings(), target);
		if (sourceViews.isEmpty() || targetViews.isEmpty()) {
			return;
		}
		EvaluationContext context = base.withSelf(semantic).with("source", source).with("target", target);
		for (DiagramNode[] pair : nearestPairs(sourceViews, targetViews)) {
			DiagramNode from = pair[0];
			DiagramNode to = pair[1];
			if (!mapping.isDirected() && from.key().compareTo(to.key()) > 0) {
				from = pair[1];
				to = pair[0];
			}
			String key = mapping.getName() + ":" + from.key() + (mapping.isDirected() ? "->" : "--") + to.key();
			DiagramEdge edge = edges.get(key);
			if (edge == null) {
				edge = new DiagramEdge(key, mapping, from, to);
				StyleResolver.Resolved<EdgeAppearance> style = styles.edge(mapping, context);
				edge.setAppearance(style.appearance());
				appliedStyles.put(edge, style.applied());
				edges.put(key, edge);
				diagram.addEdge(edge);
			}
			edge.addSemantic(semantic, text(context, mapping.getLabelExpression()),
					text(context, mapping.getTooltipExpression()));
		}
	}

	private static String text(EvaluationContext context, String expression) {
		return Expressions.isBlank(expression) ? "" : Values.toText(context.evaluate(expression));
	}

	private List<DiagramNode> viewsOf(List<AbstractNodeMapping> mappings, Object semantic) {
		List<DiagramNode> result = new ArrayList<>();
		for (AbstractNodeMapping mapping : mappings) {
			result.addAll(views.getOrDefault(mapping, Map.of()).getOrDefault(semantic, List.of()));
		}
		return result;
	}

	/** The view pairs with the shortest way through the container hierarchy; pairs of nested views are skipped. */
	private static List<DiagramNode[]> nearestPairs(List<DiagramNode> sources, List<DiagramNode> targets) {
		List<DiagramNode[]> best = new ArrayList<>();
		int bestDistance = Integer.MAX_VALUE;
		for (DiagramNode s : sources) {
			for (DiagramNode t : targets) {
				if (s.contains(t) || t.contains(s)) {
					continue;
				}
				int distance = distance(s, t);
				if (distance < bestDistance) {
					best.clear();
					bestDistance = distance;
				}
				if (distance == bestDistance) {
					best.add(new DiagramNode[] { s, t });
				}
			}
		}
		return best;
	}

	private static int distance(DiagramNode a, DiagramNode b) {
		int common = 0;
		for (DiagramNode p = a.parent(); p != null; p = p.parent()) {
			if (p.contains(b)) {
				common = p.depth() + 1;
				break;
			}
		}
		return a.depth() + b.depth() - 2 * common;
	}

	Map<DiagramEdge, List<Style>> appliedStyles() {
		return appliedStyles;
	}
}
