package org.regionet.ui.editor.internal.edit;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.regionet.ui.editor.internal.rename.TextChanges;

/**
 * Applies text edits of several model files as one workspace change, registered with the refactoring undo manager
 * so that Edit &gt; Undo (in the workbench's operation history) takes it back as one. Call on the UI thread.
 */
public final class WorkspaceChanges {

	private WorkspaceChanges() {
	}

	/** @return {@code null} when applied, else the reason it failed */
	public static String apply(String name, Map<URI, List<TextEdit>> edits) {
		Change change = TextChanges.of(name, edits);
		try {
			change.initializeValidationData(new NullProgressMonitor());
			PerformChangeOperation operation = new PerformChangeOperation(change);
			operation.setUndoManager(RefactoringCore.getUndoManager(), name);
			ResourcesPlugin.getWorkspace().run(operation, new NullProgressMonitor());
			if (operation.getValidationStatus() != null && operation.getValidationStatus().hasFatalError()) {
				return operation.getValidationStatus().getMessageMatchingSeverity(
						org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL);
			}
			return null;
		} catch (CoreException e) {
			return e.getStatus().getMessage();
		}
	}
}
