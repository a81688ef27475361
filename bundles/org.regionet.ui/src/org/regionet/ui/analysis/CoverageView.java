package org.regionet.ui.analysis;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
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
 * The region × action-field matrix as a heatmap: a red cell is a region without activity in that field. Clicking a
 * cell lists its activities; double-clicking one opens it.
 */
public class CoverageView extends ViewPart {

	public static final String ID = "org.regionet.ui.views.coverage";

	private Table matrix;
	private org.eclipse.swt.widgets.List activities;
	private Label cellTitle;
	private List<Activity> shown = List.of();
	private final Consumer<ProjectAnalysis> listener = analysis -> {
		if (matrix != null && !matrix.isDisposed()) {
			matrix.getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		matrix = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
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
		matrix.addListener(SWT.MouseDown, e -> showCell(new Point(e.x, e.y)));
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

	private void showCell(Point point) {
		ProjectAnalysis analysis = AnalysisService.get().latest();
		TableItem item = matrix.getItem(point);
		if (analysis == null || item == null) {
			return;
		}
		int row = matrix.indexOf(item);
		for (int column = 1; column < matrix.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				CoverageMatrix coverage = analysis.result().coverage();
				var region = coverage.regions().get(row);
				var field = coverage.fields().get(column - 1);
				shown = CoverageQuery.activities(analysis.models(), region, field);
				cellTitle.setText(NLS.bind(Messages.Coverage_cell, new Object[] { ElementNames.label(region),
						ElementNames.label(field), shown.size() }));
				activities.removeAll();
				shown.forEach(a -> activities.add(ElementNames.label(a)));
				cellTitle.getParent().layout();
				return;
			}
		}
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
