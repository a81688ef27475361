package org.regionet.ui.navigator.tree;

import java.util.List;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.regionet.ui.navigator.model.ModelNode;

/**
 * "Link with Editor" while an editor's selection changes, not only when the editor is activated (the platform's
 * link listens to activation alone), as Java's Package Explorer follows the Java editor: the Project Explorer shows
 * the model nodes a diagram has selected, or the element at a model text editor's caret. The explorer then asks
 * {@link ModelLinkHelper#activateEditor} to show them, which leaves an editor that shows them already alone.
 */
public final class ExplorerFollower implements IStartup, ISelectionListener, IWindowListener {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			workbench.addWindowListener(this);
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				windowOpened(window);
			}
		});
	}

	@Override
	public void windowOpened(IWorkbenchWindow window) {
		window.getSelectionService().addPostSelectionListener(this);
	}

	@Override
	public void windowClosed(IWorkbenchWindow window) {
		window.getSelectionService().removePostSelectionListener(this);
	}

	@Override
	public void windowActivated(IWorkbenchWindow window) {
		// only opening and closing matter
	}

	@Override
	public void windowDeactivated(IWorkbenchWindow window) {
		// only opening and closing matter
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		IWorkbenchPage page = part.getSite().getPage();
		// linking is off by default: then a caret move costs no more than this look-up
		if (!(part instanceof IEditorPart editor) || page == null
				|| !(page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof CommonNavigator explorer)
				|| !explorer.isLinkingEnabled()) {
			return;
		}
		List<?> nodes = List.of();
		if (selection instanceof IStructuredSelection structured) {
			nodes = structured.toList().stream().filter(ModelNode.class::isInstance).toList();
		} else if (selection instanceof ITextSelection text) {
			ModelNode node = ModelLinkHelper.nodeAtCaret(editor, text);
			nodes = node == null ? List.of() : List.of(node);
		}
		if (!nodes.isEmpty() && !nodes.equals(explorer.getCommonViewer().getStructuredSelection().toList())) {
			explorer.selectReveal(new StructuredSelection(nodes));
		}
	}
}
