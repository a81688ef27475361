package org.regionet.diagram.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;
import org.regionet.diagram.ui.DiagramEditor;

/** "Open Diagram" on a selected .regio file. */
public class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
			if (file != null) {
				try {
					HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
							.openEditor(new FileEditorInput(file), DiagramEditor.ID);
				} catch (PartInitException e) {
					throw new ExecutionException(e.getMessage(), e);
				}
			}
		}
		return null;
	}
}
