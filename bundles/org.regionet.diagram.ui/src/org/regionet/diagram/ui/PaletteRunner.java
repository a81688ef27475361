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
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.ui.internal.Messages;

/**
 * Runs a palette tool on a model file through its text file buffer, the document an open editor shows: the change
 * lands in the editor (unsaved, undoable there) or, for a file nobody has open, is saved. The edit is computed in a
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
				try {
					if (result.refusal() != null) {
						status.accept(NLS.bind(Messages.Palette_refused, result.refusal()));
					} else if (!document.get().equals(text)) {
						status.accept(Messages.Palette_changed);
					} else {
						boolean wasDirty = buffer.isDirty();
						for (PaletteEdit.Replacement r : result.replacements().stream()
								.sorted((a, b) -> Integer.compare(b.offset(), a.offset())).toList()) {
							document.replace(r.offset(), r.length(), r.text());
						}
						if (!wasDirty && !buffer.isShared()) {
							buffer.commit(new NullProgressMonitor(), false);
						}
						status.accept(NLS.bind(Messages.Palette_created, result.createdName(), file.getName()));
					}
				} catch (BadLocationException | CoreException e) {
					status.accept(NLS.bind(Messages.Palette_refused, e.getMessage()));
				} finally {
					try {
						manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
					} catch (CoreException e) {
						// released with its last connection anyway
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}
}
