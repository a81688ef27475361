package org.regionet.ui.internal;

import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;

/**
 * On the first start in an empty workspace, creates the NRW example project so a new user sees a real model.
 */
public class ExampleProjectStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (root.getProjects().length > 0) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob(Messages.ExampleProject_jobName) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (root.getProjects().length == 0) {
					ExampleProjectCreator.create(root, ExampleProjectCreator.DEFAULT_PROJECT_NAME, monitor);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(root);
		job.schedule();
	}
}
