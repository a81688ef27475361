package org.regionet.ui.navigator.edit;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.regionet.ui.navigator.internal.Messages;

import com.google.inject.Injector;

/**
 * A new value for a simple attribute of one element, computed headless on the current text of its file: the
 * value is checked, placed by the node model (not by the serializer, which cannot write enum values of this
 * language and would reflow more than the value) and the result is parsed again before it is accepted.
 */
public final class AttributeEdit {

	/** The replacements (empty: nothing to change) or why the value is refused. */
	public record Result(List<Replacement> replacements, String refusal) {

		static Result refused(String message) {
			return new Result(List.of(), message);
		}

		public String applyTo(String text) {
			return Replacement.applyAll(text, replacements);
		}
	}

	private AttributeEdit() {
	}

	/**
	 * Sets {@code feature} of the element at {@code path} of the model tree to {@code input}, as typed or chosen;
	 * an empty input removes an optional attribute. {@code fileName} is for messages only.
	 */
	public static Result compute(Injector ide, String text, String fileName, String path, String feature,
			String input) {
		ParsedText parsed = ParsedText.parse(ide, text);
		EObject element = parsed.elementAt(path);
		if (element == null) {
			return Result.refused(NLS.bind(Messages.Edit_notFound, path, fileName));
		}
		EStructuralFeature found = element.eClass().getEStructuralFeature(feature);
		SimpleAttribute attribute = found instanceof EAttribute a
				? SimpleAttribute.of(ide.getInstance(IGrammarAccess.class).getGrammar(), element, a)
				: null;
		if (attribute == null) {
			return Result.refused(NLS.bind(Messages.Edit_readOnly, feature));
		}
		ValueSyntax.Written written = ValueSyntax.of(attribute, input,
				ide.getInstance(IValueConverterService.class));
		if (written.refusal() != null) {
			return Result.refused(written.refusal());
		}
		Replacement placed = TextPlacement.of(text, element, attribute, written.text());
		Replacement minimal = placed == null ? null : placed.minimal(text);
		if (minimal == null) {
			return new Result(List.of(), null);
		}
		Result result = new Result(List.of(minimal), null);
		String expected = written.text() == null ? "" : attribute.type() == ValueType.TEXT ? input : input.strip();
		String problem = check(ide, parsed, result.applyTo(text), element, attribute, expected, fileName);
		return problem == null ? result : Result.refused(problem);
	}

	/** Parses the changed text: it must have no new syntax error and show the new value; null if it does. */
	private static String check(Injector ide, ParsedText before, String after, EObject element,
			SimpleAttribute attribute, String expected, String fileName) {
		String label = Labels.feature(attribute.attribute());
		ParsedText parsed = ParsedText.parse(ide, after);
		List<String> errors = parsed.syntaxErrors();
		if (errors.size() > before.syntaxErrors().size()) {
			return NLS.bind(Messages.Edit_wouldBreak, new Object[] { label, fileName, errors.get(0) });
		}
		EObject changed = parsed.elementStartingAt(element.eClass().getName(),
				NodeModelUtils.getNode(element).getOffset());
		if (changed == null || !attribute.display(changed).equals(expected)) {
			return NLS.bind(Messages.Edit_notWritten, expected, label);
		}
		return null;
	}
}
