package org.regionet.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/**
 * Ctrl+/: comments out the selected lines with {@code //} at the start of each line, or, when every non-blank line
 * is commented already, removes the first {@code //} of each.
 */
public final class CommentToggler {

	static final String PREFIX = "//";

	private CommentToggler() {
	}

	/**
	 * The edits that toggle the lines of a selection. A selection that ends at the very start of a line does not
	 * include that line.
	 */
	public static List<TextEdit> toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		if (length > 0 && last > first && document.getLineOffset(last) == offset + length) {
			last--;
		}
		boolean allCommented = true;
		boolean anyContent = false;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (!text.isBlank()) {
				anyContent = true;
				allCommented &= text.stripLeading().startsWith(PREFIX);
			}
		}
		List<TextEdit> edits = new ArrayList<>();
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			int lineOffset = document.getLineOffset(line);
			if (anyContent && allCommented) {
				int at = text.indexOf(PREFIX);
				if (at >= 0 && text.substring(0, at).isBlank()) {
					edits.add(new TextEdit(lineOffset + at, PREFIX.length(), ""));
				}
			} else if (!text.isBlank() || first == last) {
				edits.add(new TextEdit(lineOffset, 0, PREFIX));
			}
		}
		return edits;
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}
}
