package org.regionet.ui.editor.internal.assist;

import java.util.Locale;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension3;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension6;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * A completion proposal that inserts plain text (a keyword, a name, an enum value). It replaces the prefix the user
 * typed and stays in the list while further typing still matches it.
 */
public class EntryProposal implements ICompletionProposal, ICompletionProposalExtension2, ICompletionProposalExtension3,
		ICompletionProposalExtension6 {

	protected final String text;
	protected final String label;
	protected final String description;
	protected final int replacementOffset;
	private final int prefixLength;
	private final Image image;
	private int cursor;

	/**
	 * @param text what to insert
	 * @param label what the list shows ({@code text} when {@code null})
	 * @param description shown greyed after the label; may be {@code null}
	 * @param replacementOffset where the typed prefix starts
	 * @param prefixLength how many characters the user typed already
	 */
	public EntryProposal(String text, String label, String description, int replacementOffset, int prefixLength,
			Image image) {
		this.text = text;
		this.label = label == null ? text : label;
		this.description = description;
		this.replacementOffset = replacementOffset;
		this.prefixLength = prefixLength;
		this.image = image;
		this.cursor = replacementOffset + text.length();
	}

	@Override
	public void apply(IDocument document) {
		apply(document, replacementOffset + prefixLength);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		apply(viewer.getDocument(), offset);
	}

	/** Replaces everything from the start of the prefix up to {@code offset} (the caret when applied). */
	protected void apply(IDocument document, int offset) {
		try {
			int end = Math.max(offset, replacementOffset);
			document.replace(replacementOffset, end - replacementOffset, text);
			cursor = replacementOffset + text.length();
		} catch (BadLocationException e) {
			// The document changed under the popup; inserting nothing is the safe choice.
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(cursor, 0);
	}

	@Override
	public boolean validate(IDocument document, int offset, DocumentEvent event) {
		if (offset < replacementOffset) {
			return false;
		}
		try {
			String typed = document.get(replacementOffset, offset - replacementOffset);
			return matches(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	/** Whether what the user typed so far still leads to this proposal. */
	boolean matches(String typed) {
		String lower = typed.toLowerCase(Locale.ROOT);
		return text.toLowerCase(Locale.ROOT).startsWith(lower) || label.toLowerCase(Locale.ROOT).startsWith(lower);
	}

	@Override
	public String getDisplayString() {
		return description == null ? label : label + " – " + description;
	}

	@Override
	public StyledString getStyledDisplayString() {
		StyledString styled = new StyledString(label);
		if (description != null) {
			styled.append(" – " + description, StyledString.QUALIFIER_STYLER);
		}
		return styled;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return null;
	}

	@Override
	public Image getImage() {
		return image;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public CharSequence getPrefixCompletionText(IDocument document, int completionOffset) {
		return text;
	}

	@Override
	public int getPrefixCompletionStart(IDocument document, int completionOffset) {
		return replacementOffset;
	}

	@Override
	public org.eclipse.jface.text.IInformationControlCreator getInformationControlCreator() {
		return null;
	}

	public String text() {
		return text;
	}

	public int replacementOffset() {
		return replacementOffset;
	}
}
