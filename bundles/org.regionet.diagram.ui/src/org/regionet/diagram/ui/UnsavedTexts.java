package org.regionet.diagram.ui;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.regionet.ui.editor.UnsavedModelTexts;

/**
 * The unsaved texts of a project's model files open in editors, and a signal when one of them changes, so that a
 * diagram follows typing rather than only saves. Changes are reported once typing pauses.
 */
final class UnsavedTexts implements IFileBufferListener, IDocumentListener {

	private static final int PAUSE_MS = 600;

	private final IProject project;
	private final Runnable changed;
	private final Display display;
	private final Map<ITextFileBuffer, Boolean> watched = new IdentityHashMap<>();
	private final Runnable fire;
	private boolean disposed;

	UnsavedTexts(IProject project, Display display, Runnable changed) {
		this.project = project;
		this.display = display;
		this.changed = changed;
		this.fire = () -> {
			if (!disposed) {
				changed.run();
			}
		};
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.addFileBufferListener(this);
		for (IFileBuffer buffer : manager.getFileBuffers()) {
			watch(buffer);
		}
	}

	/** Texts of the dirty model buffers of the project by absolute path; call on the UI thread. */
	Map<Path, String> dirtyTexts() {
		return UnsavedModelTexts.of(project);
	}

	void dispose() {
		disposed = true;
		FileBuffers.getTextFileBufferManager().removeFileBufferListener(this);
		watched.keySet().stream().filter(buffer -> buffer.getDocument() != null)
				.forEach(buffer -> buffer.getDocument().removeDocumentListener(this));
		watched.clear();
	}

	private void watch(IFileBuffer buffer) {
		// a short-lived buffer (a refactoring's) may be gone, without a document, by the time this runs
		IFile file = buffer instanceof ITextFileBuffer text && text.getDocument() != null
				? UnsavedModelTexts.fileOf(buffer)
				: null;
		if (file != null && project.equals(file.getProject()) && "regio".equals(file.getFileExtension())
				&& watched.put((ITextFileBuffer) buffer, Boolean.TRUE) == null) {
			((ITextFileBuffer) buffer).getDocument().addDocumentListener(this);
		}
	}

	private void changedSoon() {
		display.asyncExec(() -> {
			display.timerExec(-1, fire);
			display.timerExec(PAUSE_MS, fire);
		});
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// only the change itself counts
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		changedSoon();
	}

	@Override
	public void bufferCreated(IFileBuffer buffer) {
		display.asyncExec(() -> {
			if (!disposed) {
				watch(buffer);
			}
		});
	}

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		display.asyncExec(() -> {
			if (buffer instanceof ITextFileBuffer text && watched.remove(text) != null && text.getDocument() != null) {
				text.getDocument().removeDocumentListener(this);
			}
		});
	}

	@Override
	public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
		if (!isDirty && watched.containsKey(buffer)) {
			changedSoon(); // reverted or saved: the disk text counts again
		}
	}

	@Override
	public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		// reported when replaced
	}

	@Override
	public void bufferContentReplaced(IFileBuffer buffer) {
		if (watched.containsKey(buffer)) {
			changedSoon();
		}
	}

	@Override
	public void stateChanging(IFileBuffer buffer) {
		// not a content change
	}

	@Override
	public void stateChangeFailed(IFileBuffer buffer) {
		// not a content change
	}

	@Override
	public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		// not a content change
	}

	@Override
	public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
		// the workspace delta redraws
	}

	@Override
	public void underlyingFileDeleted(IFileBuffer buffer) {
		// the workspace delta redraws
	}
}
