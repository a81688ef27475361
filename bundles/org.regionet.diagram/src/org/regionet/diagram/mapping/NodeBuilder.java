package org.regionet.diagram.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.regionet.diagram.description.AbstractNodeMapping;
import org.regionet.diagram.description.ContainerMapping;
import org.regionet.diagram.description.Style;
import org.regionet.diagram.expression.DomainClasses;
import org.regionet.diagram.expression.EvaluationContext;
import org.regionet.diagram.expression.Expressions;
import org.regionet.diagram.expression.Values;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.NodeAppearance;

/**
 * Creates the nodes and containers: for each mapping, evaluates the candidates on the semantic element of the
 * enclosing view ({@code $self}; {@code $container} is the one around it), keeps those of the domain class whose
 * precondition holds, and recurses into containers.
 */
final class NodeBuilder {

	private final ActiveDescription active;
	private final EvaluationContext base;
	private final StyleResolver styles = new StyleResolver();
	private final Map<DiagramNode, List<Style>> appliedStyles = new IdentityHashMap<>();
	private final Set<String> usedKeys = new HashSet<>();
	private final Map<AbstractNodeMapping, Map<Object, List<DiagramNode>>> views = new LinkedHashMap<>();

	NodeBuilder(ActiveDescription active, EvaluationContext base) {
		this.active = active;
		this.base = base;
	}

	void build(Diagram diagram, List<? extends EObject> roots) {
		for (AbstractNodeMapping mapping : active.topLevelMappings()) {
			Set<Object> seen = new HashSet<>();
			for (EObject root : roots) {
				for (Object candidate : candidates(mapping, root, null)) {
					if (seen.add(candidate)) {
						DiagramNode node = create(mapping, candidate, root, null);
						if (node != null) {
							diagram.addNode(node);
						}
					}
				}
			}
		}
	}

	/** Candidates of a mapping inside a view showing {@code owner}, whose own enclosing view shows {@code outer}. */
	private Set<Object> candidates(AbstractNodeMapping mapping, Object owner, Object outer) {
		EvaluationContext context = base.withSelf(owner).with("container", outer);
		String expression = Expressions.isBlank(mapping.getSemanticCandidatesExpression()) ? "elements"
				: mapping.getSemanticCandidatesExpression();
		Set<Object> result = new LinkedHashSet<>();
		for (Object candidate : Values.toList(context.evaluate(expression))) {
			if (DomainClasses.isInstance(candidate, mapping.getDomainClass())) {
				result.add(candidate);
			}
		}
		return result;
	}

	private DiagramNode create(AbstractNodeMapping mapping, Object semantic, Object owner, DiagramNode parent) {
		EvaluationContext context = base.withSelf(semantic).with("container", owner);
		if (!Expressions.isBlank(mapping.getPreconditionExpression())
				&& !Values.isTrue(context.evaluate(mapping.getPreconditionExpression()))) {
			return null;
		}
		DiagramNode node = new DiagramNode(uniqueKey(parent, semantic), semantic, mapping, parent);
		node.setLabel(text(context, mapping.getLabelExpression(), "title ?? name"));
		node.setTooltip(text(context, mapping.getTooltipExpression(), null));
		StyleResolver.Resolved<NodeAppearance> style = styles.node(mapping, context);
		node.setAppearance(style.appearance());
		appliedStyles.put(node, style.applied());
		views.computeIfAbsent(mapping, m -> new LinkedHashMap<>()).computeIfAbsent(semantic, s -> new ArrayList<>())
				.add(node);
		if (mapping instanceof ContainerMapping container) {
			for (AbstractNodeMapping sub : active.subMappings(container)) {
				for (Object candidate : candidates(sub, semantic, owner)) {
					DiagramNode child = create(sub, candidate, semantic, node);
					if (child != null) {
						node.addChild(child);
					}
				}
			}
		}
		return node;
	}

	private static String text(EvaluationContext context, String expression, String fallback) {
		if (Expressions.isBlank(expression)) {
			return fallback == null ? "" : Values.toText(context.evaluate(fallback));
		}
		return Values.toText(context.evaluate(expression));
	}

	/** Parent key, then the element's key relative to the parent's element where it extends it. */
	private String uniqueKey(DiagramNode parent, Object semantic) {
		String own = SemanticKeys.of(semantic);
		String key = own;
		if (parent != null) {
			String parentOwn = SemanticKeys.of(parent.semantic());
			String local = own.startsWith(parentOwn + "/") ? own.substring(parentOwn.length() + 1) : own;
			key = parent.key() + "/" + local;
		}
		String unique = key;
		for (int i = 2; !usedKeys.add(unique); i++) {
			unique = key + "#" + i;
		}
		return unique;
	}

	/** The views created for each mapping, by semantic element. */
	Map<AbstractNodeMapping, Map<Object, List<DiagramNode>>> views() {
		return views;
	}

	Map<DiagramNode, List<Style>> appliedStyles() {
		return appliedStyles;
	}
}
