package org.regionet.ui.editor.internal.navigate;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.StatusLine;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ProjectModel;

/**
 * F3: jumps from the reference at the caret to the declaration of its element. The look-up runs in a job; the
 * editor is opened on the UI thread afterwards.
 */
public class OpenDeclarationAction extends Action {

	public static final String COMMAND_ID = "org.regionet.ui.editor.openDeclaration";

	private final ITextEditor editor;
	private final java.util.function.Supplier<EditorSession> sessions;

	public OpenDeclarationAction(ITextEditor editor, java.util.function.Supplier<EditorSession> sessions) {
		super(Messages.Action_openDeclaration);
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
		if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		int offset = selection.getOffset();
		DocumentSnapshot snapshot = session.snapshot();
		Display display = Display.getCurrent();
		Job job = Job.create(Messages.OpenDeclaration_jobName, monitor -> {
			ProjectModel model = session.model();
			Target target;
			try {
				target = model.read(session.uri(), snapshot.text(), resource -> {
					ElementLocator.Hit hit = ElementLocator.referenceAt(resource, offset);
					return hit == null ? null : ElementLocator.targetOf(hit.element());
				});
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> {
				if (target == null || !Navigator.open(editor.getSite().getPage(), target)) {
					StatusLine.show(editor, Messages.OpenDeclaration_notFound);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setRule(session.modelIfReady() == null ? null : session.modelIfReady().rule());
		job.schedule();
	}
}
