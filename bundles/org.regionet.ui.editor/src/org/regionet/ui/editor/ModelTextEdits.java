package org.regionet.ui.editor;

import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.text.edits.ReplaceEdit;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.edit.WorkspaceChanges;
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
		List<TextEdit> textEdits = edits.stream().map(e -> new TextEdit(e.getOffset(), e.getLength(), e.getText()))
				.toList();
		String problem = WorkspaceChanges.apply(label, Map.of(ModelUris.of(file), textEdits));
		if (problem != null) {
			throw new CoreException(Status.error(problem));
		}
	}

	/**
	 * Appends {@code text} to the current text of the file (an open editor's, unsaved edits included), starting on
	 * a line of its own, as the change {@code label}; UI thread.
	 */
	public static void append(IFile file, String label, String text) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		String current;
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			current = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument().get();
		} finally {
			// released before the change: a file held only here counts as closed, so the change saves it
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
		String separator = current.isEmpty() || current.endsWith("\n") ? "" : "\n";
		apply(file, label, List.of(new ReplaceEdit(current.length(), 0, separator + text)));
	}

}
