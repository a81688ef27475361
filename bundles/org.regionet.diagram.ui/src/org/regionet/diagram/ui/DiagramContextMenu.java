package org.regionet.diagram.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.regionet.diagram.description.DeleteTool;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.Tool;
import org.regionet.diagram.tools.Palette;
import org.regionet.diagram.ui.internal.Messages;
import org.regionet.diagram.view.DiagramNode;

/**
 * The canvas's context menu: open the selected element in its text editor, edit its label, rename, delete, and
 * the palette's creation tools. Registered with the site, so other plug-ins can contribute to it.
 */
final class DiagramContextMenu {

	private DiagramContextMenu() {
	}

	static void install(IWorkbenchPartSite site, DiagramCanvas canvas, SemanticEditing editing,
			Consumer<EObject> open) {
		MenuManager menu = new MenuManager("#DiagramContext");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			canvas.control().setToolTipText(null); // the node's tooltip would cover the menu
			fill(manager, canvas, editing, open);
		});
		canvas.control().setMenu(menu.createContextMenu(canvas.control()));
		site.registerContextMenu(menu, canvas);
	}

	private static void fill(IMenuManager menu, DiagramCanvas canvas, SemanticEditing editing,
			Consumer<EObject> open) {
		List<DiagramNode> nodes = canvas.selectedNodes();
		boolean one = nodes.size() == 1;
		menu.add(new RunAction(Messages.Menu_open, one && nodes.get(0).semantic() instanceof EObject,
				() -> open.accept((EObject) nodes.get(0).semantic())));
		menu.add(new RunAction(Messages.Edit_label, one, () -> editing.directEdit(nodes.get(0))));
		menu.add(new RunAction(Messages.Toolbar_rename, one, editing::renameSelection));
		menu.add(new RunAction(Messages.Toolbar_delete, !nodes.isEmpty() || !canvas.selectedEdges().isEmpty(),
				editing::deleteSelection));
		DiagramSnapshot snapshot = canvas.snapshot();
		if (snapshot != null) {
			MenuManager create = new MenuManager(Messages.Toolbar_create);
			for (Tool tool : new Palette(snapshot.diagram().description(), snapshot.diagram().activeLayers()).tools()) {
				if (!(tool instanceof DeleteTool) && !(tool instanceof DirectEditLabelTool)) {
					create.add(new RunAction(tool.getLabel() == null ? tool.getName() : tool.getLabel(), true,
							() -> editing.usePaletteTool(tool)));
				}
			}
			menu.add(new Separator());
			menu.add(create);
		}
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}
}
