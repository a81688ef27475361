package org.regionet.ui.navigator.edit;

import java.util.List;

/** Replace {@code length} characters at {@code offset} of a file's text with {@code text}. */
public record Replacement(int offset, int length, String text) {

	/**
	 * The same replacement without the characters it would leave as they are, so markers, folds and the caret of
	 * an open editor move no more than needed; null when nothing changes.
	 */
	public Replacement minimal(String fileText) {
		String original = fileText.substring(offset, offset + length);
		int head = 0;
		int max = Math.min(original.length(), text.length());
		while (head < max && original.charAt(head) == text.charAt(head)) {
			head++;
		}
		int tail = 0;
		while (tail < max - head
				&& original.charAt(original.length() - 1 - tail) == text.charAt(text.length() - 1 - tail)) {
			tail++;
		}
		if (head == original.length() && head == text.length()) {
			return null;
		}
		return new Replacement(offset + head, original.length() - head - tail,
				text.substring(head, text.length() - tail));
	}

	/** The text with the replacements applied, from the last to the first so offsets stay valid. */
	public static String applyAll(String fileText, List<Replacement> replacements) {
		StringBuilder result = new StringBuilder(fileText);
		replacements.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset()))
				.forEach(r -> result.replace(r.offset(), r.offset() + r.length(), r.text()));
		return result.toString();
	}
}
