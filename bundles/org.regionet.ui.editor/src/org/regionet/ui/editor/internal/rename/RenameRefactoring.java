package org.regionet.ui.editor.internal.rename;


import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.osgi.util.NLS;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.model.ModelUris;

/**
 * Renames an element and every reference to it, in all files of the project, as one undoable workspace change with
 * a preview. Open files are changed in their editors and stay unsaved; files nobody has open are saved.
 */
public class RenameRefactoring extends Refactoring {

	private final RenameTarget target;
	private String newName;

	public RenameRefactoring(RenameTarget target) {
		this.target = target;
		this.newName = target.name();
	}

	public RenameTarget target() {
		return target;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	public String newName() {
		return newName;
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.Rename_title, target.kind(), target.name());
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		for (Occurrence occurrence : target.occurrences()) {
			IFile file = ModelUris.fileOf(occurrence.file());
			if (file == null || !file.exists()) {
				return RefactoringStatus.createFatalErrorStatus(NLS.bind(Messages.Rename_notInWorkspace, occurrence.file()));
			}
		}
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) {
		String problem = NameCheck.problem(newName, target.name(), target.taken());
		return problem == null ? new RefactoringStatus() : RefactoringStatus.createFatalErrorStatus(problem);
	}

	@Override
	public Change createChange(IProgressMonitor monitor) {
		return TextChanges.of(getName(), Occurrences.renameEdits(target.occurrences(), newName));
	}
}
