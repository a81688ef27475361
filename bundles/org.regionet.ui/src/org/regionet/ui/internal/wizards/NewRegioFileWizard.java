package org.regionet.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.regionet.ui.internal.Messages;

/**
 * File ▸ New ▸ RegioNet Model File: a {@code .regio} file for one region with a skeleton that is valid as generated.
 */
public class NewRegioFileWizard extends Wizard implements INewWizard {

	public static final String ID = "org.regionet.ui.wizards.file";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private NewRegioFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle(Messages.NewFile_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new NewRegioFilePage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.file();
		String text = RegioFileTemplate.skeleton(page.namespace(), page.regionName(), page.regionTitle(),
				page.withSamples());
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation(file.getParent()) {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE, monitor);
				file.setCharset(StandardCharsets.UTF_8.name(), null);
			}
		};
		try {
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.NewFile_title,
					NLS.bind(Messages.NewFile_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		NewFileOpener.revealAndOpen(workbench, file);
		return true;
	}
}
