package org.regionet.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.regionet.ui.internal.Messages;

/**
 * File ▸ New ▸ RegioNet Project: a project with a models folder and a starter file, opened in the editor.
 */
public class NewRegioProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.regionet.ui.wizards.project";

	private WizardNewProjectCreationPage page;
	private IWorkbench workbench;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle(Messages.NewProject_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle(Messages.NewProject_pageTitle);
		page.setDescription(Messages.NewProject_pageDescription);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		IFile[] created = new IFile[1];
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				created[0] = RegioProjectCreator.create(ResourcesPlugin.getWorkspace(), name, location, monitor);
			}
		};
		try {
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.NewProject_title,
					NLS.bind(Messages.NewProject_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		NewFileOpener.revealAndOpen(workbench, created[0]);
		return true;
	}
}
