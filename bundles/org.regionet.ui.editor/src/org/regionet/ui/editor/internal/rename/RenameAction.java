package org.regionet.ui.editor.internal.rename;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.Messages;

/** Alt+Shift+R: renames the element at the caret in all files of the project, with a preview. */
public class RenameAction extends Action {

	public static final String COMMAND_ID = "org.regionet.ui.editor.rename";

	private final ITextEditor editor;
	private final Supplier<EditorSession> sessions;

	public RenameAction(ITextEditor editor, Supplier<EditorSession> sessions) {
		super(Messages.Action_rename);
		this.editor = editor;
		this.sessions = sessions;
		setActionDefinitionId(COMMAND_ID);
	}

	@Override
	public void run() {
		EditorSession session = sessions.get();
		if (session == null || !editor.isEditable()) {
			return;
		}
		TargetLookup.run(editor, session, target -> {
			RenameWizard wizard = new RenameWizard(new RenameRefactoring(target));
			try {
				new RefactoringWizardOpenOperation(wizard).run(editor.getSite().getShell(), Messages.Rename_dialogTitle);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
	}
}
