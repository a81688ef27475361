package org.regionet.ui.editor.internal.model;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/**
 * The text of a document together with its modification stamp, taken on the UI thread, so that work done in the
 * background can later tell whether its results still fit the document.
 */
public record DocumentSnapshot(String text, long stamp) {

	public static DocumentSnapshot of(IDocument document) {
		return new DocumentSnapshot(document.get(), stampOf(document));
	}

	public static long stampOf(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	/** Whether the document has not changed since this snapshot was taken. */
	public boolean isCurrent(IDocument document) {
		long now = stampOf(document);
		return now != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP ? now == stamp : document.get().equals(text);
	}
}
