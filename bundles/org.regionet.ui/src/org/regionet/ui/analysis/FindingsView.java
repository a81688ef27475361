package org.regionet.ui.analysis;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.analysis.FindingKinds;
import org.regionet.dsl.workspace.SuppressionText;
import org.regionet.model.FindingKind;
import org.regionet.ui.editor.ActorMerges;
import org.regionet.ui.editor.ModelTextEdits;
import org.regionet.ui.internal.Messages;

/**
 * Lists the findings of the latest analysis with score, elements and evidence; filters them (kind, region, action
 * field, text), opens an element on double-click and writes an accepted finding into the model as an {@code accept}
 * line.
 */
public class FindingsView extends ViewPart {

	public static final String ID = "org.regionet.ui.views.findings";

	private TableViewer viewer;
	private FindingFilterBar filterBar;
	private final Consumer<ProjectAnalysis> listener = analysis -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(FindingFilterBar.COLUMNS, false));
		filterBar = new FindingFilterBar(parent, () -> {
			viewer.refresh();
			describe();
		});

		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, FindingFilterBar.COLUMNS, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.Findings_columnKind, 190, f -> FindingKinds.label(f.kind()));
		column(Messages.Findings_columnScore, 60, f -> String.format(Locale.ROOT, "%.2f", f.score()));
		column(Messages.Findings_columnElements, 300, f -> String.join(", ", f.elementNames()));
		column(Messages.Findings_columnMessage, 380, Finding::message);
		column(Messages.Findings_columnEvidence, 500,
				f -> f.evidence().stream().map(Evidence::toString).collect(Collectors.joining("; ")));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return filterBar.filter().matches((Finding) element);
			}
		});
		viewer.addDoubleClickListener(e -> openSelected());
		getSite().setSelectionProvider(viewer);

		Action analyse = new Action(Messages.Findings_analyse) {
			@Override
			public void run() {
				analyseProject();
			}
		};
		Action accept = new Action(Messages.Findings_accept) {
			@Override
			public void run() {
				acceptSelected();
			}
		};
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(analyse);
		toolbar.add(accept);
		Action merge = new Action(Messages.Findings_merge) {
			@Override
			public void run() {
				mergeSelected();
			}
		};
		viewer.addSelectionChangedListener(e -> merge.setEnabled(selectedDuplicate() != null));
		merge.setEnabled(false);
		MenuManager menu = new MenuManager();
		menu.add(accept);
		menu.add(merge);
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));

		AnalysisService.get().addListener(listener);
		refresh();
		if (AnalysisService.get().latest() == null) {
			IProject project = currentProject(getSite().getWorkbenchWindow());
			if (project != null) {
				AnalysisService.get().analyse(project);
			}
		}
	}

	private void column(String title, int width, java.util.function.Function<Finding, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Finding) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Finding) element).evidence().stream().map(Evidence::toString).collect(Collectors.joining("\n"));
			}
		});
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		ProjectAnalysis analysis = AnalysisService.get().latest();
		if (analysis == null) {
			viewer.setInput(new Object[0]);
			setContentDescription(Messages.Findings_notAnalysed);
		} else {
			filterBar.offer(analysis.result().findings());
			viewer.setInput(analysis.result().findings());
			describe();
		}
	}

	/** Project, counts and, under a filter, how many rows are shown. */
	private void describe() {
		ProjectAnalysis analysis = AnalysisService.get().latest();
		if (analysis == null) {
			return;
		}
		int total = analysis.result().findings().size();
		int shown = viewer.getTable().getItemCount();
		setContentDescription(NLS.bind(shown == total ? Messages.Findings_status : Messages.Findings_statusFiltered,
				new Object[] { analysis.project().getName(), total, analysis.result().accepted().size(), shown }));
	}

	/** The project of the current selection in the workbench, else the first open project. */
	static IProject currentProject(org.eclipse.ui.IWorkbenchWindow window) {
		var selection = window.getSelectionService().getSelection();
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IAdaptable a) {
			IResource resource = a.getAdapter(IResource.class);
			if (resource != null) {
				return resource.getProject();
			}
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen()) {
				return project;
			}
		}
		return null;
	}

	private void analyseProject() {
		IProject project = currentProject(getSite().getWorkbenchWindow());
		if (project == null) {
			MessageDialog.openInformation(getSite().getShell(), Messages.Findings_analyse, Messages.Findings_noProject);
			return;
		}
		AnalysisService.get().analyse(project);
	}

	private void openSelected() {
		Finding finding = (Finding) viewer.getStructuredSelection().getFirstElement();
		if (finding == null || finding.elements().isEmpty()) {
			return;
		}
		try {
			ElementOpener.open(getSite().getPage(), finding.elements().get(0));
		} catch (PartInitException e) {
			ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
		}
	}

	private void acceptSelected() {
		Finding finding = (Finding) viewer.getStructuredSelection().getFirstElement();
		if (finding == null) {
			return;
		}
		IFile file = finding.elements().isEmpty() ? null : ElementOpener.fileOf(finding.elements().get(0));
		if (file == null) {
			return;
		}
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.Findings_acceptTitle,
				NLS.bind(Messages.Findings_acceptPrompt, finding.message()), "",
				text -> text.isBlank() ? Messages.Findings_reasonRequired : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		String line = "\n// " + Messages.Findings_acceptedComment + "\n" + SuppressionText.format(
				finding.kind().getLiteral(), finding.elementNames(), dialog.getValue(), LocalDate.now()) + "\n";
		try {
			// Into the file's text buffer: an open editor keeps its unsaved edits and shows the line unsaved;
			// Edit > Undo takes it back.
			ModelTextEdits.append(file, Messages.Findings_acceptTitle, line);
			AnalysisService.get().analyse(file.getProject());
		} catch (CoreException e) {
			ErrorDialog.openError(getSite().getShell(), Messages.Findings_acceptTitle, null, e.getStatus());
		}
	}

	private Finding selectedDuplicate() {
		Finding finding = (Finding) viewer.getStructuredSelection().getFirstElement();
		return finding != null && finding.kind() == FindingKind.DUPLICATE_ACTOR && finding.elements().size() == 2 ? finding
				: null;
	}

	/** Asks which of two duplicate actors to keep, then merges the other into it across the project. */
	private void mergeSelected() {
		Finding finding = selectedDuplicate();
		if (finding == null) {
			return;
		}
		String first = finding.elementNames().get(0);
		String second = finding.elementNames().get(1);
		MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Findings_mergeTitle, null,
				NLS.bind(Messages.Findings_mergePrompt, first, second), MessageDialog.QUESTION,
				new String[] {NLS.bind(Messages.Findings_keep, first), NLS.bind(Messages.Findings_keep, second),
						IDialogConstants.CANCEL_LABEL}, 0);
		int choice = dialog.open();
		if (choice != 0 && choice != 1) {
			return;
		}
		var keep = finding.elements().get(choice);
		IFile file = ElementOpener.fileOf(keep);
		var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(keep);
		if (file == null || node == null) {
			return;
		}
		ActorMerges.merge(file, node.getOffset(), finding.elementNames().get(1 - choice));
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AnalysisService.get().removeListener(listener);
		super.dispose();
	}
}
