package org.regionet.ui.editor.internal.rename;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.StatusLine;
import org.regionet.ui.editor.internal.model.OpenTexts;
import org.regionet.ui.editor.internal.model.ProjectModel;

/**
 * Finds the element at the caret and all its occurrences in a job, with the current text of every open model
 * editor of the project, and hands the result to the UI thread.
 */
final class TargetLookup {

	private TargetLookup() {
	}

	static void run(ITextEditor editor, EditorSession session, Consumer<RenameTarget> then) {
		if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return;
		}
		int offset = selection.getOffset();
		Map<URI, String> texts = openTexts(session);
		URI uri = session.uri();
		Display display = Display.getCurrent();
		Job job = Job.create(Messages.Rename_jobName, monitor -> {
			ProjectModel model = session.model();
			IQualifiedNameProvider names = model.injector().getInstance(IQualifiedNameProvider.class);
			RenameTarget target;
			try {
				target = model.readAll(texts, set -> {
					XtextResource resource = (XtextResource) set.getResource(uri, false);
					return resource == null ? null : RenameTargets.at(set, resource, offset, names);
				});
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
			display.asyncExec(() -> {
				if (target == null) {
					StatusLine.show(editor, Messages.Rename_noElement);
				} else {
					then.accept(target);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		ProjectModel model = session.modelIfReady();
		if (model != null) {
			job.setRule(model.rule());
		}
		job.schedule();
	}

	private static Map<URI, String> openTexts(EditorSession own) {
		Map<URI, String> texts = OpenTexts.of(own.file().getProject());
		texts.put(own.uri(), own.snapshot().text());
		return texts;
	}
}
