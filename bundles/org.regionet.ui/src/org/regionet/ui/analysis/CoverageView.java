package org.regionet.ui.analysis;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.TableCursor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.CoverageMatrix;
import org.regionet.analysis.CoverageQuery;
import org.regionet.analysis.ElementNames;
import org.regionet.model.Activity;
import org.regionet.ui.internal.Messages;

/**
 * The region × action-field matrix as a heatmap: a red cell is a region without activity in that field. Picking a
 * cell (mouse or arrow keys) lists its activities; double-clicking one opens it.
 */
public class CoverageView extends ViewPart {

	public static final String ID = "org.regionet.ui.views.coverage";

	private Table matrix;
	private org.eclipse.swt.widgets.List activities;
	private Label cellTitle;
	private TableCursor cursor;
	private List<Activity> shown = List.of();
	private final Consumer<ProjectAnalysis> listener = analysis -> {
		if (matrix != null && !matrix.isDisposed()) {
			matrix.getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		matrix = new Table(sash, SWT.BORDER);
		matrix.setHeaderVisible(true);
		matrix.setLinesVisible(true);
		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
		cellTitle = new Label(right, SWT.WRAP);
		cellTitle.setText(Messages.Coverage_pickCell);
		cellTitle.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
		activities = new org.eclipse.swt.widgets.List(right, SWT.BORDER | SWT.V_SCROLL);
		activities.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(70, 30);
		// a cell cursor: cells are picked by mouse or with the arrow keys, and the picked one is outlined
		cursor = new TableCursor(matrix, SWT.NONE);
		cursor.addListener(SWT.Selection, e -> showCursorCell());
		cursor.addListener(SWT.DefaultSelection, e -> showCursorCell());
		activities.addListener(SWT.DefaultSelection, e -> openActivity());
		getViewSite().getActionBars().getToolBarManager().add(new Action(Messages.Findings_analyse) {
			@Override
			public void run() {
				var project = FindingsView.currentProject(getSite().getWorkbenchWindow());
				if (project != null) {
					AnalysisService.get().analyse(project);
				}
			}
		});
		AnalysisService.get().addListener(listener);
		refresh();
		parent.setLayout(new FillLayout());
	}

	private void refresh() {
		if (matrix.isDisposed()) {
			return;
		}
		matrix.setRedraw(false);
		matrix.removeAll();
		for (TableColumn column : matrix.getColumns()) {
			column.dispose();
		}
		ProjectAnalysis analysis = AnalysisService.get().latest();
		TableColumn regionColumn = new TableColumn(matrix, SWT.LEFT);
		regionColumn.setText(Messages.Coverage_region);
		regionColumn.setWidth(220);
		if (analysis != null) {
			CoverageMatrix coverage = analysis.result().coverage();
			int max = 1;
			for (int r = 0; r < coverage.regions().size(); r++) {
				for (int f = 0; f < coverage.fields().size(); f++) {
					max = Math.max(max, coverage.count(r, f));
				}
			}
			for (var field : coverage.fields()) {
				TableColumn column = new TableColumn(matrix, SWT.CENTER);
				column.setText(ElementNames.label(field));
				column.setToolTipText(ElementNames.label(field));
				column.setWidth(120);
			}
			for (int r = 0; r < coverage.regions().size(); r++) {
				TableItem item = new TableItem(matrix, SWT.NONE);
				item.setText(0, ElementNames.label(coverage.regions().get(r)));
				for (int f = 0; f < coverage.fields().size(); f++) {
					int count = coverage.count(r, f);
					item.setText(f + 1, Integer.toString(count));
					item.setBackground(f + 1, new Color(heat(count, max)));
				}
			}
		}
		matrix.setRedraw(true);
	}

	/** Light red for an empty cell, then light to dark blue with the number of activities. */
	static RGB heat(int count, int max) {
		if (count == 0) {
			return new RGB(248, 215, 218);
		}
		double t = Math.min(1, (double) count / Math.max(1, max));
		return new RGB((int) Math.round(222 - t * 150), (int) Math.round(235 - t * 110), (int) Math.round(247 - t * 60));
	}

	private void showCursorCell() {
		TableItem item = cursor.getRow();
		// the cursor marks the cell; a selected row would hide the heat colours of the whole row
		matrix.deselectAll();
		if (item != null && !item.isDisposed()) {
			showCell(matrix.indexOf(item), cursor.getColumn());
		}
	}

	/** Lists the activities of a cell; column 0 holds the region names. */
	private void showCell(int row, int column) {
		ProjectAnalysis analysis = AnalysisService.get().latest();
		if (analysis == null || column < 1) {
			return;
		}
		CoverageMatrix coverage = analysis.result().coverage();
		if (row < 0 || row >= coverage.regions().size() || column > coverage.fields().size()) {
			return;
		}
		var region = coverage.regions().get(row);
		var field = coverage.fields().get(column - 1);
		shown = CoverageQuery.activities(analysis.models(), region, field);
		cellTitle.setText(NLS.bind(Messages.Coverage_cell, new Object[] { ElementNames.label(region),
				ElementNames.label(field), shown.size() }));
		activities.removeAll();
		shown.forEach(a -> activities.add(ElementNames.label(a)));
		cellTitle.getParent().layout();
	}

	private void openActivity() {
		int index = activities.getSelectionIndex();
		if (index >= 0 && index < shown.size()) {
			try {
				ElementOpener.open(getSite().getPage(), shown.get(index));
			} catch (PartInitException e) {
				// the editor reports its own problems; nothing to add here
			}
		}
	}

	@Override
	public void setFocus() {
		matrix.setFocus();
	}

	@Override
	public void dispose() {
		AnalysisService.get().removeListener(listener);
		super.dispose();
	}
}
