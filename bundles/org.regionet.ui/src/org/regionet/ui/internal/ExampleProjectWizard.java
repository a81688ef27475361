package org.regionet.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * File ▸ New ▸ NRW Example Project.
 */
public class ExampleProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.regionet.ui.wizards.example";

	private WizardNewProjectCreationPage page;
	private IWorkbench workbench;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle(Messages.ExampleWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("example");
		page.setTitle(Messages.ExampleWizard_pageTitle);
		page.setDescription(Messages.ExampleWizard_pageDescription);
		page.setInitialProjectName(ExampleProjectCreator.DEFAULT_PROJECT_NAME);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		IProject[] created = new IProject[1];
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				created[0] = ExampleProjectCreator.create(ResourcesPlugin.getWorkspace().getRoot(), name, monitor);
			}
		};
		try {
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.ExampleWizard_title,
					NLS.bind(Messages.ExampleWizard_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			var part = workbench.getActiveWorkbenchWindow().getActivePage()
					.findView("org.eclipse.ui.navigator.ProjectExplorer");
			if (part instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(created[0]));
			}
		}
		return true;
	}
}
