package org.regionet.diagram.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.regionet.diagram.expression.FeatureSource;

/**
 * A finding as the diagram needs it: a kind (e.g. {@code parallel}, {@code duplicate-actor}, {@code gap}), a short
 * label and the elements involved. Until the analysis engine delivers findings, callers hand these in as pairs.
 * Expressions see the features {@code kind}, {@code label}, {@code source}, {@code target} and {@code involved}.
 */
public record FindingLink(String kind, String label, List<EObject> elements) implements FeatureSource {

	public static final String TYPE = "Finding";
	/** The features expressions can read on a finding. */
	public static final Set<String> FEATURES = Set.of("kind", "label", "source", "target", "involved");

	public FindingLink {
		Objects.requireNonNull(kind, "kind");
		elements = List.copyOf(elements);
		label = label == null ? "" : label;
	}

	/** A finding between two elements. */
	public static FindingLink between(String kind, EObject first, EObject second, String label) {
		return new FindingLink(kind, label, List.of(first, second));
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Set<String> featureNames() {
		return FEATURES;
	}

	@Override
	public List<Object> feature(String name) {
		return switch (name) {
			case "kind" -> List.of(kind);
			case "label" -> label.isEmpty() ? List.of() : List.of(label);
			case "source" -> elements.isEmpty() ? List.of() : List.of(elements.get(0));
			case "target" -> elements.size() < 2 ? List.of() : List.of(elements.get(1));
			case "involved" -> List.copyOf(elements);
			default -> List.of();
		};
	}
}
