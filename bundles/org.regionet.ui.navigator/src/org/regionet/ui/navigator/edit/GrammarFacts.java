package org.regionet.ui.navigator.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.INode;

/**
 * What the grammar says about one attribute of one element: the rule that writes the element, the assignment of
 * the attribute, the keywords written before its value, the block it lives in and the order of the rule's parts.
 * Edits are placed by these facts, so they follow the grammar instead of a hand-kept table.
 */
public final class GrammarFacts {

	private final ParserRule rule;
	private final Assignment assignment;
	private final Map<EObject, Integer> order = new HashMap<>();

	private GrammarFacts(ParserRule rule, Assignment assignment) {
		this.rule = rule;
		this.assignment = assignment;
		int index = 0;
		for (var contents = rule.eAllContents(); contents.hasNext();) {
			order.put(contents.next(), index++);
		}
	}

	/** The facts of {@code feature} in the rule that writes {@code eClass}, or null if no rule assigns it. */
	static GrammarFacts of(Grammar grammar, EClass eClass, EStructuralFeature feature) {
		for (ParserRule candidate : GrammarUtil.allParserRules(grammar)) {
			if (GrammarUtil.isDatatypeRule(candidate) || candidate.getType().getClassifier() != eClass) {
				continue;
			}
			for (Assignment a : GrammarUtil.containedAssignments(candidate)) {
				if (a.getFeature().equals(feature.getName())) {
					return new GrammarFacts(candidate, a);
				}
			}
		}
		return null;
	}

	/** The keywords written before the value, e.g. {@code kind} or {@code as}; none for a title. */
	List<Keyword> keywordsBefore() {
		List<Keyword> keywords = new ArrayList<>();
		if (assignment.eContainer() instanceof Group group) {
			List<AbstractElement> parts = group.getElements();
			for (int i = parts.indexOf(assignment) - 1; i >= 0 && parts.get(i) instanceof Keyword keyword; i--) {
				keywords.add(0, keyword);
			}
		}
		return keywords;
	}

	/** Whether the text may leave the attribute out (its assignment or an enclosing part is optional). */
	boolean optional() {
		for (EObject part = assignment; part != rule; part = part.eContainer()) {
			if (part instanceof AbstractElement element && GrammarUtil.isOptionalCardinality(element)) {
				return true;
			}
		}
		return false;
	}

	/** The '{' that opens the block the attribute is written in, or null if it is not in a block. */
	Keyword blockOpening() {
		EObject inner = assignment;
		for (EObject outer = assignment.eContainer(); outer != rule; inner = outer, outer = outer.eContainer()) {
			if (outer instanceof Group group) {
				List<AbstractElement> parts = group.getElements();
				for (int i = 0; i < parts.indexOf(inner); i++) {
					if (parts.get(i) instanceof Keyword keyword && "{".equals(keyword.getValue())) {
						return keyword;
					}
				}
			}
		}
		return null;
	}

	/** Position of the attribute (with its keywords) among the parts of the rule. */
	int position() {
		List<Keyword> keywords = keywordsBefore();
		return order.get(keywords.isEmpty() ? assignment : keywords.get(0));
	}

	/** Position of a part of the rule, or -1. */
	int positionOf(AbstractElement part) {
		return order.getOrDefault(part, -1);
	}

	/** Position of the rule part that produced {@code node} (or an enclosing node below the element), or -1. */
	int positionOf(INode node, INode elementNode) {
		for (INode n = node; n != null && n != elementNode.getParent(); n = n.getParent()) {
			for (EObject part = n.getGrammarElement(); part != null; part = part.eContainer()) {
				Integer index = order.get(part);
				if (index != null) {
					return index;
				}
			}
		}
		return -1;
	}

	/** The data type or terminal rule of the value (STRING, INT, Date, an enum rule), or null. */
	AbstractRule valueRule() {
		return assignment.getTerminal() instanceof RuleCall call ? call.getRule() : null;
	}

	/**
	 * The written form of each literal of an enum attribute by the literal's name, in grammar order; empty for
	 * other attributes. By name, because the grammar's metamodel copy need not be the registered one.
	 */
	Map<String, String> enumKeywords() {
		Map<String, String> keywords = new LinkedHashMap<>();
		if (valueRule() instanceof EnumRule enumRule) {
			for (var contents = enumRule.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof EnumLiteralDeclaration literal) {
					keywords.put(literal.getEnumLiteral().getName(), literal.getLiteral().getValue());
				}
			}
		}
		return keywords;
	}
}
