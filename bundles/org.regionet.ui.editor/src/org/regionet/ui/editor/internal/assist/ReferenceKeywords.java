package org.regionet.ui.editor.internal.assist;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;

/**
 * The keywords after which the grammar always expects a name of another element or an enum value ({@code lead},
 * {@code kind}, {@code partners}, ...). Typing a space after one of them opens content assist, since the user
 * will almost always pick from a list there. Keywords that elsewhere precede a new name ({@code region}) are left
 * out.
 */
public final class ReferenceKeywords {

	private ReferenceKeywords() {
	}

	public static Set<String> of(Grammar grammar) {
		Set<String> keywords = new TreeSet<>();
		Set<String> ambiguous = new TreeSet<>();
		for (Keyword keyword : GrammarUtil.containedKeywords(grammar)) {
			if (keyword.eContainer() instanceof EnumLiteralDeclaration) {
				// An enum value such as 'chair' in 'member X as chair' is not followed by anything.
				continue;
			}
			AbstractElement next = next(keyword);
			if (next instanceof Assignment assignment && expectsChoice(assignment.getTerminal())) {
				keywords.add(keyword.getValue());
			} else {
				// 'region' also starts a region declaration, where a new name follows: no list to pick from.
				ambiguous.add(keyword.getValue());
			}
		}
		keywords.removeAll(ambiguous);
		return keywords;
	}

	private static AbstractElement next(Keyword keyword) {
		EObject container = keyword.eContainer();
		if (container instanceof Group group) {
			int index = group.getElements().indexOf(keyword);
			if (index >= 0 && index + 1 < group.getElements().size()) {
				return group.getElements().get(index + 1);
			}
		}
		return null;
	}

	private static boolean expectsChoice(AbstractElement terminal) {
		return terminal instanceof CrossReference
				|| terminal instanceof RuleCall call && call.getRule() instanceof EnumRule;
	}
}
