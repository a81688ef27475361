package org.regionet.ui.navigator.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A single-valued attribute of an element that the Properties view can change: one the grammar writes as a
 * plain value (not the name, which a rename changes everywhere, and not a keyword flag such as {@code topic}).
 */
public record SimpleAttribute(EAttribute attribute, ValueType type, boolean optional, List<String> choices,
		GrammarFacts facts) {

	/** The editable attributes of {@code element}, in the order the EClass declares them. */
	public static List<SimpleAttribute> of(Grammar grammar, EObject element) {
		List<SimpleAttribute> result = new ArrayList<>();
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			SimpleAttribute simple = of(grammar, element, attribute);
			if (simple != null) {
				result.add(simple);
			}
		}
		return result;
	}

	/** The attribute as an editable one, or null if it is not editable here. */
	public static SimpleAttribute of(Grammar grammar, EObject element, EAttribute attribute) {
		if (attribute.isMany() || "name".equals(attribute.getName())
				|| attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN) {
			return null;
		}
		GrammarFacts facts = GrammarFacts.of(grammar, element.eClass(), attribute);
		if (facts == null) {
			return null; // e.g. a description of a cooperation: the language cannot write it
		}
		String ruleName = facts.valueRule() == null ? null : facts.valueRule().getName();
		Map<String, String> keywords = facts.enumKeywords();
		return new SimpleAttribute(attribute, ValueType.of(attribute, ruleName), facts.optional(),
				List.copyOf(keywords.values()), facts);
	}

	/** Whether the text writes the attribute (eIsSet cannot tell: an enum's first literal is its default). */
	public boolean written(EObject element) {
		return !NodeModelUtils.findNodesForFeature(element, attribute).isEmpty();
	}

	/** The value as the text shows it: the enum keyword, the date, the number or the string; "" when unset. */
	public String display(EObject element) {
		if (!written(element)) {
			return "";
		}
		Object value = element.eGet(attribute);
		if (type == ValueType.ENUM && value instanceof org.eclipse.emf.common.util.Enumerator literal) {
			return facts.enumKeywords().getOrDefault(literal.getName(), literal.getLiteral());
		}
		return value == null ? "" : value.toString();
	}
}
