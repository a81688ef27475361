package org.regionet.ui.editor.internal.problems;

import java.util.List;

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
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.edit.DocumentEdits;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ModelUris;
import org.regionet.ui.editor.internal.model.ProjectModel;
import org.regionet.ui.editor.internal.model.ProjectModels;

/**
 * Applies a quick fix to a file through its text file buffer: the same document an open editor shows, so the fix
 * lands in the editor (undoable, unsaved) and nothing is written behind the user's back. A file that is not open
 * is saved after the fix. The edits are computed in a job and applied only if the text did not change meanwhile.
 */
public final class FixRunner {

	private FixRunner() {
	}

	/** Starts the fix; call on the UI thread. */
	public static void run(IFile file, int offset, QuickFix fix) {
		if (fix.runner() != null) {
			fix.runner().accept(file, offset);
			return;
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		try {
			manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
		} catch (CoreException e) {
			report(e.getStatus().getMessage());
			return;
		}
		ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
		IDocument document = buffer.getDocument();
		DocumentSnapshot snapshot = DocumentSnapshot.of(document);
		Display display = Display.getCurrent();
		URI uri = ModelUris.of(file);
		Job job = Job.create(Messages.QuickFix_jobName, monitor -> {
			List<TextEdit> edits;
			try {
				ProjectModel model = ProjectModels.of(file);
				edits = model.read(uri, snapshot.text(), resource -> {
					List<TextEdit> result = FixComputer.compute(model.injector(), resource, offset, fix);
					model.modelChangedBehindText(uri);
					return result;
				});
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				display.asyncExec(() -> disconnect(manager, path));
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> {
					disconnect(manager, path);
					report(e.getMessage() == null ? e.toString() : e.getMessage());
				});
				return Status.OK_STATUS;
			}
			display.asyncExec(() -> apply(manager, path, buffer, document, snapshot, edits));
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private static void apply(ITextFileBufferManager manager, IPath path, ITextFileBuffer buffer, IDocument document,
			DocumentSnapshot snapshot, List<TextEdit> edits) {
		try {
			if (!snapshot.isCurrent(document)) {
				report(Messages.QuickFix_changed);
				return;
			}
			boolean wasDirty = buffer.isDirty();
			DocumentEdits.apply(document, edits);
			// Only the editor's user decides when an open file is saved; a file nobody has open is saved now.
			if (!wasDirty && !buffer.isShared()) {
				buffer.commit(new NullProgressMonitor(), false);
			}
		} catch (BadLocationException e) {
			report(Messages.QuickFix_changed);
		} catch (CoreException e) {
			report(e.getStatus().getMessage());
		} finally {
			disconnect(manager, path);
		}
	}

	private static void disconnect(ITextFileBufferManager manager, IPath path) {
		try {
			manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
		} catch (CoreException e) {
			// The buffer is released by the manager anyway when its last connection goes.
		}
	}

	private static void report(String message) {
		Display display = Display.getCurrent();
		MessageDialog.openError(display == null ? null : display.getActiveShell(), Messages.QuickFix_title,
				NLS.bind(Messages.QuickFix_failed, message));
	}
}
