package org.regionet.ui.editor.internal.edit;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.StatusLine;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ProjectModel;

/**
 * Ctrl+Shift+F: formats the selection, or the whole file when nothing is selected. The formatter runs in a job;
 * its edits are applied only if the user has not typed meanwhile, as one undoable change.
 */
public class FormatAction extends Action {

	public static final String COMMAND_ID = "org.regionet.ui.editor.format";

	private final ITextEditor editor;
	private final java.util.function.Supplier<EditorSession> sessions;

	public FormatAction(ITextEditor editor, java.util.function.Supplier<EditorSession> sessions) {
		super(Messages.Action_format);
		this.editor = editor;
		this.sessions = sessions;
		setActionDefinitionId(COMMAND_ID);
	}

	@Override
	public void run() {
		EditorSession session = sessions.get();
		if (session == null) {
			return;
		}
		if (!editor.isEditable() || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		int offset = selection.getOffset();
		int length = selection.getLength();
		Display display = Display.getCurrent();
		Job job = Job.create(Messages.Format_jobName, monitor -> {
			ProjectModel model = session.model();
			DocumentFormatter formatter = new DocumentFormatter(model.injector());
			List<TextEdit> edits;
			try {
				edits = model.read(session.uri(), snapshot.text(), resource -> {
					try {
						return formatter.format(resource, offset, length);
					} catch (DocumentFormatter.SyntaxErrorsException e) {
						return null;
					}
				});
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> apply(document, snapshot, edits));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void apply(IDocument document, DocumentSnapshot snapshot, List<TextEdit> edits) {
		if (edits == null) {
			StatusLine.show(editor, Messages.Format_syntaxErrors);
		} else if (!snapshot.isCurrent(document)) {
			StatusLine.show(editor, Messages.Format_changed);
		} else {
			try {
				DocumentEdits.apply(document, edits);
			} catch (BadLocationException e) {
				StatusLine.show(editor, Messages.Format_changed);
			}
		}
	}
}
