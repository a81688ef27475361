package org.regionet.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;

/**
 * Applies a set of non-overlapping edits to a document, back to front so earlier offsets stay valid, as one undoable
 * change.
 */
public final class DocumentEdits {

	private DocumentEdits() {
	}

	/** Applies the edits, each trimmed to what really changes; returns how many were applied. */
	public static int apply(IDocument document, List<TextEdit> edits) throws BadLocationException {
		List<TextEdit> minimal = new ArrayList<>();
		for (TextEdit edit : edits) {
			TextEdit trimmed = edit.minimal(document.get(edit.offset(), edit.length()));
			if (trimmed != null) {
				minimal.add(trimmed);
			}
		}
		if (minimal.isEmpty()) {
			return 0;
		}
		minimal.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (TextEdit edit : minimal) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
		return minimal.size();
	}

	/** The text after the edits, for tests and previews. */
	public static String applyTo(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(TextEdit::offset).reversed());
		StringBuilder result = new StringBuilder(text);
		for (TextEdit edit : sorted) {
			result.replace(edit.offset(), edit.offset() + edit.length(), edit.text());
		}
		return result.toString();
	}
}
