package org.regionet.ui.editor.internal.problems;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.regionet.ui.editor.internal.Messages;

/**
 * Replaces the RegioNet problem markers of a file in a workspace job, and only when they differ from the new
 * problems, so typing without changing the problems does not stir the Problems view.
 */
public final class MarkerWriter {

	private MarkerWriter() {
	}

	public static void schedule(IFile file, List<Problem> problems) {
		WorkspaceJob job = new WorkspaceJob(Messages.MarkerWriter_jobName) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				write(file, problems);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
		job.schedule();
	}

	/** Writes the markers now; the caller holds the marker rule of the file or runs in a workspace operation. */
	public static void write(IFile file, List<Problem> problems) throws CoreException {
		if (!file.exists()) {
			return;
		}
		IMarker[] existing = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		if (ProblemMarkers.same(problems, existing)) {
			return;
		}
		file.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		for (Problem problem : problems) {
			file.createMarker(ProblemMarkers.TYPE, ProblemMarkers.attributes(problem));
		}
	}
}
