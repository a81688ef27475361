package org.regionet.diagram.ui;

import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.text.edits.ReplaceEdit;
import org.regionet.ui.editor.ModelTextEdits;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.ui.internal.Messages;

/**
 * Runs a palette tool on a model file through its text file buffer, the document an open editor shows: the change
 * lands in the editor (unsaved) or, for a file nobody has open, is saved; either way Edit &gt; Undo takes it back. The edit is computed in a
 * job and applied only if the text did not change meanwhile; the diagram redraws from the changed file.
 */
final class PaletteRunner {

	private PaletteRunner() {
	}

	static void create(IFile file, NodeCreationTool tool, Consumer<String> status) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
		} catch (CoreException e) {
			status.accept(e.getStatus().getMessage());
			return;
		}
		ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
		IDocument document = buffer.getDocument();
		String text = document.get();
		Display display = Display.getCurrent();
		Job job = Job.create(NLS.bind(Messages.Palette_job, tool.getLabel()), monitor -> {
			PaletteEdit.Result result = PaletteEdit.createNode(Injectors.ide(), text, tool);
			display.asyncExec(() -> {
				boolean unchanged = document.get().equals(text);
				// let go of the buffer first: the change saves a file only when no one else holds its buffer
				try {
					manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
				} catch (CoreException e) {
					// released with its last connection anyway
				}
				if (result.refusal() != null) {
					status.accept(NLS.bind(Messages.Palette_refused, result.refusal()));
				} else if (!unchanged) {
					status.accept(Messages.Palette_changed);
				} else {
					try {
						// one undoable change (Edit > Undo in any view); an open editor keeps it unsaved
						ModelTextEdits.apply(file, NLS.bind(Messages.Palette_job, tool.getLabel()),
								result.replacements().stream()
										.map(r -> new ReplaceEdit(r.offset(), r.length(), r.text())).toList());
						status.accept(NLS.bind(Messages.Palette_created, result.createdName(), file.getName()));
					} catch (CoreException e) {
						status.accept(NLS.bind(Messages.Palette_refused, e.getMessage()));
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}
}
