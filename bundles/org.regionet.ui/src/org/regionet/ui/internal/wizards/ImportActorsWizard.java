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
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.regionet.ui.internal.Messages;

/**
 * File ▸ Import ▸ RegioNet ▸ Actors from a CSV List: a spreadsheet's actor list becomes a model file. The list is
 * converted and checked with the project's models first (with progress, cancellable); with any error the wizard
 * stays open, lists the errors at their CSV lines and creates nothing.
 */
public class ImportActorsWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.regionet.ui.wizards.importActors";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ImportActorsPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle(Messages.ImportActors_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ImportActorsPage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.file();
		var csv = page.csvPath();
		var namespace = page.namespace();
		var imports = page.imports();
		ActorListImport[] prepared = new ActorListImport[1];
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation(file.getParent()) {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				monitor.beginTask(NLS.bind(Messages.ImportActors_checking, csv.getFileName()), IProgressMonitor.UNKNOWN);
				prepared[0] = ActorListImport.prepare(csv, file, namespace, imports);
				if (prepared[0].errors().isEmpty() && !monitor.isCanceled()) {
					file.create(new ByteArrayInputStream(prepared[0].text().getBytes(StandardCharsets.UTF_8)),
							IResource.NONE, monitor);
					file.setCharset(StandardCharsets.UTF_8.name(), null);
				}
				monitor.done();
			}
		};
		try {
			getContainer().run(true, true, operation);
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.ImportActors_title,
					NLS.bind(Messages.NewFile_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		if (prepared[0] == null || !prepared[0].errors().isEmpty()) {
			if (prepared[0] != null) {
				page.showErrors(prepared[0].errors());
			}
			return false;
		}
		NewFileOpener.revealAndOpen(workbench, file);
		return true;
	}
}
