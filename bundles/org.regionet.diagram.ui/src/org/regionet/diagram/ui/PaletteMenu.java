package org.regionet.diagram.ui;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.regionet.diagram.description.DeleteTool;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.Tool;
import org.regionet.diagram.tools.Palette;
import org.regionet.diagram.ui.internal.Messages;
import org.regionet.diagram.view.Diagram;

/** The creation tools (nodes and connections) of the shown representation's palette (for its active layers) as a drop-down. */
final class PaletteMenu {

	private final Menu menu;
	private Diagram diagram;

	PaletteMenu(ToolBar bar, Consumer<Tool> onPick) {
		ToolItem item = new ToolItem(bar, SWT.DROP_DOWN);
		item.setText(Messages.Toolbar_create);
		item.setToolTipText(Messages.Toolbar_createTooltip);
		menu = new Menu(bar.getShell(), SWT.POP_UP);
		item.addListener(SWT.Selection, e -> {
			if (diagram == null) {
				return;
			}
			for (MenuItem old : menu.getItems()) {
				old.dispose();
			}
			for (var tool : new Palette(diagram.description(), diagram.activeLayers()).tools()) {
				// delete and label tools act on the selection (Delete, F2), not from this menu
				if (!(tool instanceof DeleteTool) && !(tool instanceof DirectEditLabelTool)) {
					MenuItem entry = new MenuItem(menu, SWT.PUSH);
					entry.setText(tool.getLabel() == null ? tool.getName() : tool.getLabel());
					entry.addListener(SWT.Selection, x -> onPick.accept(tool));
				}
			}
			menu.setLocation(bar.toDisplay(item.getBounds().x, item.getBounds().y + item.getBounds().height));
			menu.setVisible(true);
		});
	}

	void show(Diagram shown) {
		diagram = shown;
	}
}
