package org.regionet.ui.editor.internal.assist;

import java.util.Set;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.regionet.ui.editor.internal.highlight.RegioPartitions;

/**
 * Opens content assist when the user types a space right after a keyword that expects a name or enum value, such
 * as "lead " or "kind ". Only typed spaces in code count, not those in comments or strings.
 */
public final class AutoActivation implements IDocumentListener {

	private final ISourceViewer viewer;
	private final java.util.function.Supplier<Set<String>> keywords;

	/** @param keywords the keywords after which to open assist; empty while the language services start */
	public AutoActivation(ISourceViewer viewer, java.util.function.Supplier<Set<String>> keywords) {
		this.viewer = viewer;
		this.keywords = keywords;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		if (!" ".equals(event.getText()) || event.getLength() != 0) {
			return;
		}
		IDocument document = event.getDocument();
		int space = event.getOffset();
		if (!keywords.get().contains(wordBefore(document, space)) || !isCode(document, space)) {
			return;
		}
		StyledText text = viewer.getTextWidget();
		text.getDisplay().asyncExec(() -> {
			// Only if the caret still stands right after the space the user typed.
			if (!text.isDisposed() && viewer.getSelectedRange().x == space + 1
					&& viewer instanceof ITextOperationTarget target
					&& target.canDoOperation(ISourceViewer.CONTENTASSIST_PROPOSALS)) {
				target.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
			}
		});
	}

	static String wordBefore(IDocument document, int offset) {
		try {
			int start = offset;
			while (start > 0 && isWordChar(document.getChar(start - 1))) {
				start--;
			}
			if (start > 0 && !Character.isWhitespace(document.getChar(start - 1)) && document.getChar(start - 1) != '{'
					&& document.getChar(start - 1) != '}') {
				return "";
			}
			return document.get(start, offset - start);
		} catch (BadLocationException e) {
			return "";
		}
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}

	private static boolean isCode(IDocument document, int offset) {
		try {
			return IDocument.DEFAULT_CONTENT_TYPE
					.equals(TextUtilities.getContentType(document, RegioPartitions.PARTITIONING, offset, false));
		} catch (BadLocationException e) {
			return false;
		}
	}
}
