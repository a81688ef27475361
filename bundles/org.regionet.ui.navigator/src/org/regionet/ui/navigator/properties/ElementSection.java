package org.regionet.ui.navigator.properties;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.regionet.ui.navigator.internal.Messages;
import org.regionet.ui.navigator.model.ModelNode;

/** The Element tab: kind, name, title, enums, dates and the other attributes; simple ones edited in place. */
public final class ElementSection extends TableSection {

	@Override
	protected String[] headers() {
		return new String[] { Messages.Section_property, Messages.Section_value };
	}

	@Override
	protected void configure(TableViewer table, TableViewerColumn value) {
		value.setEditingSupport(new ValueEditing(table, (row, input) -> PropertyEditRunner.run(node(),
				row.editable().attribute().getName(), row.label(), input, this::refresh)));
	}

	@Override
	protected List<Row> rows(ModelNode shown, EObject element) {
		return ElementRows.of(shown, element);
	}
}
