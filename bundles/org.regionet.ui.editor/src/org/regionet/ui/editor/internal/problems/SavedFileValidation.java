package org.regionet.ui.editor.internal.problems;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.model.Analyzer;
import org.regionet.ui.editor.internal.model.ModelUris;
import org.regionet.ui.editor.internal.model.ProjectModel;
import org.regionet.ui.editor.internal.model.ProjectModels;

/**
 * Validates the saved text of a file that is not open and rewrites its markers: after its editor was closed without
 * saving (the markers described the unsaved text), or when it changed on disk while it had markers.
 */
public final class SavedFileValidation {

	private SavedFileValidation() {
	}

	public static void schedule(IFile file) {
		ProjectModel model = ProjectModels.existing(file.getProject());
		if (model == null) {
			return;
		}
		Job job = Job.create(org.eclipse.osgi.util.NLS.bind(Messages.Reconciler_jobName, file.getName()), monitor -> {
			try {
				Analyzer analyzer = new Analyzer(model.injector());
				List<Problem> problems = model.readSaved(ModelUris.of(file),
						resource -> analyzer.problems(resource, monitor::isCanceled));
				if (problems != null && !monitor.isCanceled()) {
					MarkerWriter.schedule(file, problems);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setRule(model.rule());
		job.schedule(100);
	}
}
