package org.regionet.ui.navigator.edit;

import java.util.List;

import org.regionet.ui.editor.internal.edit.TextEdit;

/** Replace {@code length} characters at {@code offset} of a file's text with {@code text}. */
public record Replacement(int offset, int length, String text) {

	/**
	 * The same replacement without the characters it would leave as they are, so markers, folds and the caret of
	 * an open editor move no more than needed; null when nothing changes.
	 */
	public Replacement minimal(String fileText) {
		TextEdit minimal = new TextEdit(offset, length, text).minimal(fileText.substring(offset, offset + length));
		return minimal == null ? null : new Replacement(minimal.offset(), minimal.length(), minimal.text());
	}

	/** The text with the replacements applied, from the last to the first so offsets stay valid. */
	public static String applyAll(String fileText, List<Replacement> replacements) {
		StringBuilder result = new StringBuilder(fileText);
		replacements.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset()))
				.forEach(r -> result.replace(r.offset(), r.offset() + r.length(), r.text()));
		return result.toString();
	}
}
