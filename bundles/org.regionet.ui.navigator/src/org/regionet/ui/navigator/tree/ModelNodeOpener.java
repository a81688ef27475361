package org.regionet.ui.navigator.tree;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.analysis.ElementOpener;
import org.regionet.ui.navigator.model.ModelNode;

/** Opens a node's element in the model editor and selects its name. */
public final class ModelNodeOpener {

	private ModelNodeOpener() {
	}

	public static void open(IWorkbenchPage page, ModelNode node) throws PartInitException {
		ElementOpener.open(page, node.element());
		IEditorPart editor = page.getActiveEditor();
		// The tree was read from the saved file: its offsets hold only while the editor has no unsaved changes.
		if (editor instanceof ITextEditor text && !text.isDirty() && node.file().equals(editor.getEditorInput()
				.getAdapter(org.eclipse.core.resources.IFile.class))) {
			text.selectAndReveal(node.offset(), node.length());
		}
	}
}
