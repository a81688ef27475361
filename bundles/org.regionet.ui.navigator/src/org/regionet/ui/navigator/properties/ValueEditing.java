package org.regionet.ui.navigator.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.regionet.ui.navigator.edit.SimpleAttribute;
import org.regionet.ui.navigator.edit.ValueType;
import org.regionet.ui.navigator.internal.Messages;

/**
 * Edits a value cell: a text cell for texts, dates and numbers, a combo of the written literals for enums (with
 * "(not set)" first when the attribute may be left out). A changed value goes to {@code commit} as typed.
 */
final class ValueEditing extends EditingSupport {

	private final TableViewer table;
	private final BiConsumer<Row, String> commit;

	ValueEditing(TableViewer table, BiConsumer<Row, String> commit) {
		super(table);
		this.table = table;
		this.commit = commit;
	}

	@Override
	protected boolean canEdit(Object element) {
		return ((Row) element).editable() != null;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		SimpleAttribute attribute = ((Row) element).editable();
		if (attribute.type() == ValueType.ENUM) {
			return new ComboBoxCellEditor(table.getTable(), items(attribute).toArray(String[]::new), SWT.READ_ONLY);
		}
		return new TextCellEditor(table.getTable());
	}

	@Override
	protected Object getValue(Object element) {
		Row row = (Row) element;
		if (row.editable().type() == ValueType.ENUM) {
			int index = items(row.editable()).indexOf(row.value());
			return Math.max(index, 0);
		}
		return row.value();
	}

	@Override
	protected void setValue(Object element, Object value) {
		Row row = (Row) element;
		String input;
		if (value instanceof Integer index) {
			List<String> items = items(row.editable());
			if (index < 0 || index >= items.size()) {
				return;
			}
			input = items.get(index).equals(Messages.Edit_notSet) ? "" : items.get(index);
		} else {
			input = String.valueOf(value);
		}
		if (!input.equals(row.value())) {
			commit.accept(row, input);
		}
	}

	/** The combo's entries; "(not set)" stands for the empty value. */
	private static List<String> items(SimpleAttribute attribute) {
		List<String> items = new ArrayList<>();
		if (attribute.optional()) {
			items.add(Messages.Edit_notSet);
		}
		items.addAll(attribute.choices());
		return items;
	}
}
