package org.regionet.ui.navigator.tree;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.ILinkHelper;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.navigator.model.ModelNode;

/**
 * "Link with Editor" for model nodes: selecting a node shows its element in an already open editor; an active
 * editor selects its file in the tree (as for any file).
 */
public class ModelLinkHelper implements ILinkHelper {

	@Override
	public IStructuredSelection findSelection(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		return file == null ? StructuredSelection.EMPTY : new StructuredSelection(file);
	}

	@Override
	public void activateEditor(IWorkbenchPage page, IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof ModelNode node)) {
			return;
		}
		IEditorPart editor = page.findEditor(new FileEditorInput(node.file()));
		if (editor == null) {
			return;
		}
		page.bringToTop(editor);
		if (editor instanceof ITextEditor text && !text.isDirty()) {
			text.selectAndReveal(node.offset(), node.length());
		}
	}
}
