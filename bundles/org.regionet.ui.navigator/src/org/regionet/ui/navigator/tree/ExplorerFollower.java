package org.regionet.ui.navigator.tree;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonNavigator;
import org.regionet.ui.navigator.model.ModelNode;

/**
 * "Link with Editor" while an editor's selection changes, not only when the editor is activated (the platform's
 * link listens to activation alone): the Project Explorer shows the model nodes an editor, such as the diagram,
 * has selected. The explorer then asks {@link ModelLinkHelper#activateEditor} to show them, which leaves an editor
 * that has them selected alone.
 */
public final class ExplorerFollower {

	private ExplorerFollower() {
	}

	/** Selects the selection's model nodes in the Project Explorer of the page if it links with editors; UI thread. */
	public static void follow(IWorkbenchPage page, ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return;
		}
		List<?> nodes = structured.toList().stream().filter(ModelNode.class::isInstance).toList();
		if (!nodes.isEmpty() && page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof CommonNavigator explorer
				&& explorer.isLinkingEnabled()
				&& !nodes.equals(explorer.getCommonViewer().getStructuredSelection().toList())) {
			explorer.selectReveal(new StructuredSelection(nodes));
		}
	}
}
