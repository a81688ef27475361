package org.regionet.ui.editor.internal.edit;

/** Replace {@code length} characters at {@code offset} with {@code text}. */
public record TextEdit(int offset, int length, String text) {

	/**
	 * The same edit without the characters it would leave as they are ({@code original} is the replaced text), so
	 * applying it moves no markers, folds or the caret more than needed. {@code null} when nothing changes.
	 */
	public TextEdit minimal(String original) {
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
		return new TextEdit(offset + head, original.length() - head - tail,
				text.substring(head, text.length() - tail));
	}
}
