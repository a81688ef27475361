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

	private static final long FIRST_ANALYSIS_DELAY_MS = 1500;

	@Override
	public void earlyStartup() {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (root.getProjects().length > 0) {
			return;
		}
		fillScreenOnFirstStart();
		WorkspaceJob job = new WorkspaceJob(Messages.ExampleProject_jobName) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (root.getProjects().length == 0) {
					var project = ExampleProjectCreator.create(root, ExampleProjectCreator.DEFAULT_PROJECT_NAME, monitor);
					// the findings can wait a moment: the first seconds' CPU goes to the window and the editor
					org.regionet.ui.analysis.AnalysisService.get().analyse(project, FIRST_ANALYSIS_DELAY_MS);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(root);
		job.schedule();
	}

	/** A first start opens the window over the whole screen; later starts restore what the user chose. */
	private static void fillScreenOnFirstStart() {
		var workbench = org.eclipse.ui.PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			var window = workbench.getActiveWorkbenchWindow();
			if (window != null && !window.getShell().isDisposed()) {
				var shell = window.getShell();
				shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
				shell.setMaximized(true);
			}
		});
	}
}
