package org.regionet.ui.editor.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.regionet.ui.editor.internal.model.Analysis;
import org.regionet.ui.editor.internal.model.Analyzer;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ProjectModel;

/**
 * Keeps the model of an open file in step with its document: 300 ms after the user stops typing (or after another
 * file of the project changed), a job parses, links and validates the text and hands the {@link Analysis} to the UI
 * thread. Typing cancels a running check, so the newest text always wins.
 */
public final class EditorReconciler implements IDocumentListener {

	static final long DELAY_MS = 300;

	private final EditorSession session;
	private final IDocument document;
	private final Display display;
	private final Consumer<Analysis> presenter;
	private final Consumer<URI> otherFileListener = this::otherFileChanged;
	private final Job job;
	private Analyzer analyzer;

	/** @param presenter receives each analysis on the UI thread */
	public EditorReconciler(EditorSession session, IDocument document, Display display, Consumer<Analysis> presenter) {
		this.session = session;
		this.document = document;
		this.display = display;
		this.presenter = presenter;
		this.job = new Job(org.eclipse.osgi.util.NLS.bind(Messages.Reconciler_jobName, session.file().getName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return reconcile(monitor);
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
	}

	public void install() {
		document.addDocumentListener(this);
		session.whenReady(model -> {
			job.setRule(model.rule());
			model.addChangeListener(otherFileListener);
			job.schedule();
		});
	}

	public void uninstall() {
		document.removeDocumentListener(this);
		job.cancel();
		ProjectModel model = session.modelIfReady();
		if (model != null) {
			model.removeChangeListener(otherFileListener);
		}
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		session.documentChanged(document);
		if (session.modelIfReady() != null) {
			job.cancel();
			job.schedule(DELAY_MS);
		}
	}

	/** Runs a check soon, e.g. after a save or when the user asks for it. */
	public void reconcileSoon() {
		if (session.modelIfReady() != null) {
			job.schedule(DELAY_MS);
		}
	}

	private void otherFileChanged(URI changed) {
		if (!changed.equals(session.uri()) && !session.isDisposed()) {
			job.schedule(DELAY_MS);
		}
	}

	private IStatus reconcile(IProgressMonitor monitor) {
		if (session.isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		ProjectModel model = session.model();
		if (analyzer == null) {
			analyzer = new Analyzer(model.injector());
		}
		DocumentSnapshot snapshot = session.snapshot();
		try {
			Analysis analysis = model.read(session.uri(), snapshot.text(),
					resource -> analyzer.analyze(resource, snapshot.stamp(), monitor::isCanceled));
			if (analysis == null || monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!session.isDisposed()) {
						presenter.accept(analysis);
					}
				});
			}
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (org.eclipse.core.runtime.OperationCanceledException | org.eclipse.xtext.service.OperationCanceledError e) {
			return Status.CANCEL_STATUS;
		}
	}
}
