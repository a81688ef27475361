package org.regionet.ui.internal.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * Shows a file a wizard created: selected in the Project Explorer and open in its editor.
 */
final class NewFileOpener {

	private NewFileOpener() {
	}

	static void revealAndOpen(IWorkbench workbench, IFile file) {
		if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
			return;
		}
		BasicNewResourceWizard.selectAndReveal(file, workbench.getActiveWorkbenchWindow());
		IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
		if (page == null) {
			return;
		}
		try {
			IDE.openEditor(page, file, true);
		} catch (PartInitException e) {
			// The file is created; failing to open it is reported by the workbench's error handling.
			org.eclipse.ui.statushandlers.StatusManager.getManager().handle(e.getStatus(),
					org.eclipse.ui.statushandlers.StatusManager.LOG | org.eclipse.ui.statushandlers.StatusManager.SHOW);
		}
	}
}
