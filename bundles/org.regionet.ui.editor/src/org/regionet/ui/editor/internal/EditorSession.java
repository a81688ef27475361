package org.regionet.ui.editor.internal;

import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ModelUris;
import org.regionet.ui.editor.internal.model.ProjectModel;
import org.regionet.ui.editor.internal.model.ProjectModels;

/**
 * What one open editor shares with its helpers (reconciler, content assist, hover, navigation, quick fixes): the
 * file, its model URI, the latest text of the document and, once the language services are up, the project model.
 */
public final class EditorSession {

	private final IFile file;
	private final URI uri;
	private final CompletableFuture<ProjectModel> model = new CompletableFuture<>();
	private volatile DocumentSnapshot snapshot;
	private volatile boolean disposed;

	public EditorSession(IFile file, IDocument document) {
		this.file = file;
		this.uri = ModelUris.of(file);
		this.snapshot = DocumentSnapshot.of(document);
		Job job = Job.create(Messages.Session_jobName, (IProgressMonitor monitor) -> {
			try {
				ProjectModel projectModel = ProjectModels.of(file);
				projectModel.connectEditor(uri);
				model.complete(projectModel);
			} catch (RuntimeException e) {
				model.completeExceptionally(e);
				return Status.error(e.getMessage() == null ? e.toString() : e.getMessage(), e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	public IFile file() {
		return file;
	}

	public URI uri() {
		return uri;
	}

	/** Called on the UI thread whenever the document changes. */
	public void documentChanged(IDocument document) {
		snapshot = DocumentSnapshot.of(document);
	}

	/** The text of the document as of its last change. */
	public DocumentSnapshot snapshot() {
		return snapshot;
	}

	/** The project model, waiting for it; never call on the UI thread. */
	public ProjectModel model() {
		return model.join();
	}

	/** The project model if it is ready, else {@code null}; for the UI thread. */
	public ProjectModel modelIfReady() {
		return model.getNow(null);
	}

	/** Runs {@code action} once the model is ready (on the thread that made it ready, or at once). */
	public void whenReady(java.util.function.Consumer<ProjectModel> action) {
		model.thenAccept(m -> {
			if (!disposed) {
				action.accept(m);
			}
		});
	}

	public boolean isDisposed() {
		return disposed;
	}

	/** The editor closed: the saved text of the file counts again for the other files. */
	public void dispose() {
		disposed = true;
		model.thenAccept(m -> m.disconnectEditor(uri));
	}
}
