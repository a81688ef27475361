package org.regionet.ui.navigator.properties;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.regionet.ui.navigator.model.ModelNode;
import org.regionet.ui.navigator.model.ModelTrees;

/**
 * A tab of the Properties view for a model node: a two-column table (what, value) filled from the element as
 * the file's current text has it, and filled again when the file's tree is loaded again.
 */
abstract class TableSection extends AbstractPropertySection {

	private final Consumer<Set<IFile>> reloaded = this::reloaded;
	private TableViewer viewer;
	private ModelNode node;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		Composite body = getWidgetFactory().createComposite(parent);
		body.setLayout(new GridLayout(1, false));
		String note = note();
		if (note != null) {
			getWidgetFactory().createLabel(body, note, SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true,
					false));
		}
		Composite tableArea = getWidgetFactory().createComposite(body);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		viewer = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn label = column(layout, headers()[0], 1, Row::label);
		TableViewerColumn value = column(layout, headers()[1], 3, Row::value);
		configure(viewer, value);
		ModelTrees.get().addListener(reloaded);
	}

	private TableViewerColumn column(TableColumnLayout layout, String header, int weight,
			java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(header);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
		return column;
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		node = first instanceof ModelNode n ? n : null;
	}

	@Override
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(node == null ? List.of() : rows(node, CurrentElement.of(node)));
	}

	@Override
	public void dispose() {
		ModelTrees.get().removeListener(reloaded);
		super.dispose();
	}

	private void reloaded(Set<IFile> files) {
		ModelNode shown = node;
		if (shown != null && files.contains(shown.file())) {
			Display.getDefault().asyncExec(this::refresh);
		}
	}

	protected ModelNode node() {
		return node;
	}

	/** The text above the table, or null. */
	protected String note() {
		return null;
	}

	protected abstract String[] headers();

	/** Lets a subclass make the value column editable. */
	protected void configure(TableViewer table, TableViewerColumn value) {
	}

	protected abstract List<Row> rows(ModelNode shown, EObject element);
}
