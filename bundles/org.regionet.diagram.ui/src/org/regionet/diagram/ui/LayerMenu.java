package org.regionet.diagram.ui;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.Filter;
import org.regionet.diagram.description.Layer;
import org.regionet.diagram.ui.internal.Messages;
import org.regionet.diagram.view.Diagram;

/**
 * The layers and filters of the shown representation as a drop-down of check items, like Sirius' layer menu. A
 * change hands the new active sets to {@code onChange}.
 */
final class LayerMenu {

	private final ToolItem item;
	private final Menu menu;
	private Diagram diagram;

	LayerMenu(ToolBar bar, BiConsumer<Set<String>, Set<String>> onChange) {
		item = new ToolItem(bar, SWT.DROP_DOWN);
		item.setText(Messages.Toolbar_layers);
		item.setToolTipText(Messages.Toolbar_layersTooltip);
		menu = new Menu(bar.getShell(), SWT.POP_UP);
		item.addListener(SWT.Selection, e -> {
			if (diagram == null) {
				return;
			}
			rebuild(onChange);
			var at = bar.toDisplay(item.getBounds().x, item.getBounds().y + item.getBounds().height);
			menu.setLocation(at);
			menu.setVisible(true);
		});
	}

	void show(Diagram shown) {
		diagram = shown;
	}

	private void rebuild(BiConsumer<Set<String>, Set<String>> onChange) {
		for (MenuItem old : menu.getItems()) {
			old.dispose();
		}
		DiagramDescription description = diagram.description();
		Set<String> layers = new LinkedHashSet<>(diagram.activeLayers());
		Set<String> filters = new LinkedHashSet<>(diagram.activeFilters());
		for (Layer layer : description.getAdditionalLayers()) {
			check(layer.getLabel() == null ? layer.getName() : layer.getLabel(), layers.contains(layer.getName()), on -> {
				toggle(layers, layer.getName(), on);
				onChange.accept(layers, filters);
			});
		}
		if (!description.getAdditionalLayers().isEmpty() && !description.getFilters().isEmpty()) {
			new MenuItem(menu, SWT.SEPARATOR);
		}
		for (Filter filter : description.getFilters()) {
			check(NLS.bind(Messages.Toolbar_filter, filter.getLabel() == null ? filter.getName() : filter.getLabel()),
					filters.contains(filter.getName()), on -> {
						toggle(filters, filter.getName(), on);
						onChange.accept(layers, filters);
					});
		}
	}

	private void check(String label, boolean selected, java.util.function.Consumer<Boolean> changed) {
		MenuItem entry = new MenuItem(menu, SWT.CHECK);
		entry.setText(label);
		entry.setSelection(selected);
		entry.addListener(SWT.Selection, e -> changed.accept(entry.getSelection()));
	}

	private static void toggle(Set<String> names, String name, boolean on) {
		if (on) {
			names.add(name);
		} else {
			names.remove(name);
		}
	}
}
