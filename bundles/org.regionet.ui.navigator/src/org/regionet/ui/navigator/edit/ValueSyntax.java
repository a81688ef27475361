package org.regionet.ui.navigator.edit;

import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.regionet.dsl.validation.IsoDates;
import org.regionet.ui.navigator.internal.Messages;

/**
 * Turns what the user typed into the text the file gets, or refuses it with a message. Checked here, before
 * anything is written, because a bad date would parse (it is only a validation error) and then sit in the file.
 */
final class ValueSyntax {

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

	/** The written value (null: remove the attribute) or why it cannot be written. */
	record Written(String text, String refusal) {
		static Written refused(String message) {
			return new Written(null, message);
		}
	}

	private ValueSyntax() {
	}

	static Written of(SimpleAttribute attribute, String input, IValueConverterService converters) {
		String label = Labels.feature(attribute.attribute());
		String value = attribute.type() == ValueType.TEXT ? input : input.strip();
		if (value.isEmpty()) {
			return attribute.optional() ? new Written(null, null)
					: Written.refused(NLS.bind(Messages.Edit_required, label));
		}
		switch (attribute.type()) {
		case DATE:
			String problem = DATE.matcher(value).matches() ? IsoDates.problem(value) : Messages.Edit_dateForm;
			return problem == null ? new Written(value, null)
					: Written.refused(NLS.bind(Messages.Edit_badDate, value, problem));
		case NUMBER:
			return NUMBER.matcher(value).matches() ? new Written(value, null)
					: Written.refused(NLS.bind(Messages.Edit_badNumber, value));
		case ENUM:
			return attribute.choices().contains(value) ? new Written(value, null)
					: Written.refused(NLS.bind(Messages.Edit_notWritten, value, label));
		default:
			try {
				return new Written(converters.toString(value, attribute.facts().valueRule().getName()), null);
			} catch (ValueConverterException e) {
				return Written.refused(NLS.bind(Messages.Edit_notWritten, value, label));
			}
		}
	}
}
