package org.regionet.ui.navigator.tree;

import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.regionet.ui.navigator.model.ModelTrees;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.ILinkHelper;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.navigator.model.ModelNode;

/**
 * "Link with Editor" for model nodes: selecting a node shows its element in an already open editor; an active
 * editor selects the node of what it has selected (a diagram's elements, the element at a text editor's caret), or
 * else its file.
 */
public class ModelLinkHelper implements ILinkHelper {

	@Override
	public IStructuredSelection findSelection(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file == null) {
			return StructuredSelection.EMPTY;
		}
		IStructuredSelection nodes = nodesSelectedIn(input);
		return nodes.isEmpty() ? new StructuredSelection(file) : nodes;
	}

	private static IStructuredSelection nodesSelectedIn(IEditorInput input) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart editor = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		if (editor == null || !input.equals(editor.getEditorInput()) || editor.getSite().getSelectionProvider() == null) {
			return StructuredSelection.EMPTY;
		}
		ISelection selection = editor.getSite().getSelectionProvider().getSelection();
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof ModelNode) {
			return structured;
		}
		if (selection instanceof ITextSelection text) {
			ModelNode node = nodeAtCaret(editor, text);
			return node == null ? StructuredSelection.EMPTY : new StructuredSelection(node);
		}
		return StructuredSelection.EMPTY;
	}

	/** The node of the innermost element at the caret of a saved model text editor, if its tree is loaded. */
	static ModelNode nodeAtCaret(IEditorPart editor, ITextSelection caret) {
		ITextEditor text = Adapters.adapt(editor, ITextEditor.class);
		// the tree is read from the saved file: unsaved typing may have moved every offset
		if (text == null || text.isDirty() || !(editor.getEditorInput() instanceof IFileEditorInput input)
				|| !"regio".equals(input.getFile().getFileExtension())) {
			return null;
		}
		List<ModelNode> tree = ModelTrees.get().treeOf(input.getFile());
		return tree == null ? null : innermostAt(tree, caret.getOffset());
	}

	/** The deepest node whose selected text (its name) lies on the caret's line span, by offset. */
	private static ModelNode innermostAt(List<ModelNode> nodes, int offset) {
		ModelNode best = null;
		for (ModelNode node : nodes) {
			if (node.offset() <= offset) {
				best = node;
			}
		}
		if (best == null) {
			return null;
		}
		ModelNode inner = best.children().isEmpty() ? null : innermostAt(best.children(), offset);
		return inner != null ? inner : best;
	}

	@Override
	public void activateEditor(IWorkbenchPage page, IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof ModelNode node)) {
			return;
		}
		IEditorPart active = page.getActiveEditor();
		if (shows(active, node)) {
			return; // the explorer follows this editor's selection (ExplorerFollower): nothing to show
		}
		// the active editor may show the file already (a diagram that published this node): keep it in front
		IEditorPart editor = active != null && new FileEditorInput(node.file()).equals(active.getEditorInput()) ? active
				: page.findEditor(new FileEditorInput(node.file()));
		if (editor == null) {
			return;
		}
		page.bringToTop(editor);
		if (editor instanceof ITextEditor text && !text.isDirty()) {
			text.selectAndReveal(node.offset(), node.length());
		}
	}

	/** Whether the editor has the node selected: among a diagram's nodes, or at a text editor's caret. */
	private static boolean shows(IEditorPart editor, ModelNode node) {
		ISelectionProvider provider = editor == null ? null : editor.getSite().getSelectionProvider();
		ISelection selection = provider == null ? null : provider.getSelection();
		if (selection instanceof IStructuredSelection structured) {
			return structured.toList().contains(node);
		}
		return selection instanceof ITextSelection caret && node.equals(nodeAtCaret(editor, caret));
	}
}
