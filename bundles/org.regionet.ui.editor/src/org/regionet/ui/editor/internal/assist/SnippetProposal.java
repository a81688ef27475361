package org.regionet.ui.editor.internal.assist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A template proposal: inserts the snippet text indented like the current line, then lets the user fill in the
 * tab stops with Tab; stops with the same number change together (the committee template's chair and member).
 */
public class SnippetProposal extends EntryProposal {

	private final String template;
	private Snippet inserted;
	private int insertedAt;

	public SnippetProposal(String template, String label, String description, int replacementOffset, int prefixLength,
			Image image) {
		super(Snippet.parse(template, "").text(), label, description, replacementOffset, prefixLength, image);
		this.template = template;
	}

	@Override
	protected void apply(IDocument document, int offset) {
		try {
			Snippet snippet = Snippet.parse(template, indentOfLine(document, replacementOffset));
			int end = Math.max(offset, replacementOffset);
			document.replace(replacementOffset, end - replacementOffset, snippet.text());
			inserted = snippet;
			insertedAt = replacementOffset;
		} catch (BadLocationException e) {
			inserted = null;
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		IDocument document = viewer.getDocument();
		apply(document, offset);
		if (inserted == null || inserted.stops().isEmpty()) {
			return;
		}
		LinkedSnippetMode.enter(viewer, insertedAt, inserted);
	}

	@Override
	public Point getSelection(IDocument document) {
		if (inserted == null) {
			return null;
		}
		int[] first = inserted.firstSelection();
		return new Point(insertedAt + first[0], first[1]);
	}

	/** Templates are found by their keyword ("act" finds the activity template). */
	@Override
	boolean matches(String typed) {
		return label.toLowerCase(java.util.Locale.ROOT).startsWith(typed.toLowerCase(java.util.Locale.ROOT));
	}

	static String indentOfLine(IDocument document, int offset) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(offset);
		String text = document.get(line.getOffset(), offset - line.getOffset());
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}
}
