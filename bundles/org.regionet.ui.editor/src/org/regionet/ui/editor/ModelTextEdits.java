package org.regionet.ui.editor;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.PerformChangeOperation;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.regionet.ui.editor.internal.model.ModelUris;

/**
 * Text edits of one model file for other views (e.g. the Properties view): applied to the file's text buffer as
 * one change that Edit > Undo takes back. An open editor shows the change unsaved; a file nobody has open is
 * saved.
 */
public final class ModelTextEdits {

	private ModelTextEdits() {
	}

	/** Applies {@code edits} (offsets in the buffer's current text) as the change {@code label}; UI thread. */
	public static void apply(IFile file, String label, List<ReplaceEdit> edits) throws CoreException {
		MultiTextEdit all = new MultiTextEdit();
		edits.forEach(all::addChild);
		TextFileChange change = new OpenAwareChange(label, file);
		change.setEdit(all);
		change.setTextType(ModelUris.EXTENSION);
		change.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
		change.initializeValidationData(new NullProgressMonitor());
		PerformChangeOperation operation = new PerformChangeOperation(change);
		operation.setUndoManager(RefactoringCore.getUndoManager(), label);
		ResourcesPlugin.getWorkspace().run(operation, new NullProgressMonitor());
		if (operation.getValidationStatus() != null && operation.getValidationStatus().hasFatalError()) {
			throw new CoreException(operation.getValidationStatus().getEntryWithHighestSeverity().toStatus());
		}
	}

	/**
	 * Saves only a file nobody else has open: KEEP_SAVE_STATE alone would also save a clean open editor, which
	 * should rather show the change unsaved like any other edit.
	 */
	private static final class OpenAwareChange extends TextFileChange {

		OpenAwareChange(String name, IFile file) {
			super(name, file);
		}

		@Override
		protected boolean needsSaving() {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(getFile().getFullPath(),
					LocationKind.IFILE);
			return super.needsSaving() && (buffer == null || !buffer.isShared());
		}
	}
}
