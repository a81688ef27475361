package org.regionet.ui.editor.internal.edit;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.editor.internal.Messages;

/** Ctrl+/: comments the selected lines in or out, as one undoable change. */
public class ToggleCommentAction extends Action {

	public static final String COMMAND_ID = "org.regionet.ui.editor.toggleComment";

	private final ITextEditor editor;

	public ToggleCommentAction(ITextEditor editor) {
		super(Messages.Action_toggleComment);
		this.editor = editor;
		setActionDefinitionId(COMMAND_ID);
	}

	@Override
	public void run() {
		if (!editor.isEditable() || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		try {
			DocumentEdits.apply(document, CommentToggler.toggle(document, selection.getOffset(), selection.getLength()));
		} catch (BadLocationException e) {
			// The selection lies outside the document; there is nothing to toggle.
		}
	}
}
