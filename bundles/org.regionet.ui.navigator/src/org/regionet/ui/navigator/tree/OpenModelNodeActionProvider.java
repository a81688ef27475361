package org.regionet.ui.navigator.tree;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.regionet.ui.navigator.internal.Messages;
import org.regionet.ui.navigator.model.ModelNode;

/** Double-click (and "Open" in the context menu) on a model node opens its element in the editor. */
public class OpenModelNodeActionProvider extends CommonActionProvider {

	private OpenAction open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new OpenAction(workbenchSite);
		}
	}

	@Override
	public void fillActionBars(IActionBars bars) {
		if (open != null && open.update()) {
			bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (open != null && open.update()) {
			menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
		}
	}

	private static final class OpenAction extends Action {

		private final ICommonViewerWorkbenchSite site;

		OpenAction(ICommonViewerWorkbenchSite site) {
			super(Messages.Tree_open);
			this.site = site;
		}

		boolean update() {
			IStructuredSelection selection = (IStructuredSelection) site.getSelectionProvider().getSelection();
			boolean enabled = selection.size() == 1 && selection.getFirstElement() instanceof ModelNode;
			setEnabled(enabled);
			return enabled;
		}

		@Override
		public void run() {
			IStructuredSelection selection = (IStructuredSelection) site.getSelectionProvider().getSelection();
			if (selection.getFirstElement() instanceof ModelNode node) {
				try {
					ModelNodeOpener.open(site.getPage(), node);
				} catch (PartInitException e) {
					ErrorDialog.openError(site.getShell(), null, null, e.getStatus());
				}
			}
		}
	}
}
