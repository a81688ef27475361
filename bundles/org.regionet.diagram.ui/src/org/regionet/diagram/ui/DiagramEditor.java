package org.regionet.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.regionet.diagram.description.Tool;
import org.regionet.diagram.sidecar.LayoutSidecar;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.regionet.diagram.export.DiagramExporter;
import org.regionet.diagram.export.ExportFormat;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.ui.internal.Messages;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.ui.analysis.ElementOpener;

/**
 * A diagram of the models of a .regio file's project, in one of the built-in representations. The diagram is a
 * view: it holds no model data, redraws when a model file changes, and keeps only the positions the user dragged
 * (in the layout sidecar next to the file). Loading and layout run in a background job.
 */
public class DiagramEditor extends EditorPart implements IResourceChangeListener, ITabbedPropertySheetPageContributor {

	public static final String ID = "org.regionet.diagram.ui.editor";

	private IFile file;
	private String representation = RepresentationRegistry.BUILT_IN.get(0);
	private DiagramCanvas canvas;
	private Label status;
	private Job loading;
	private LayerMenu layers;
	private PaletteMenu palette;
	private SelectionLinker linker;
	private SemanticEditing editing;
	private UnsavedTexts unsavedTexts;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException(Messages.Editor_notAFile);
		}
		setSite(site);
		setInput(input);
		file = fileInput.getFile();
		setPartName(NLS.bind(Messages.Editor_title, file.getName()));
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		Combo representations = new Combo(parent, SWT.READ_ONLY);
		for (String id : RepresentationRegistry.BUILT_IN) {
			representations.add(label(id));
		}
		representations.select(0);
		representations.addListener(SWT.Selection, e -> {
			representation = RepresentationRegistry.BUILT_IN.get(representations.getSelectionIndex());
			reload();
		});
		ToolBar tools = new ToolBar(parent, SWT.FLAT);
		tool(tools, "+", Messages.Toolbar_zoomIn, () -> canvas.zoom(1.25));
		tool(tools, "\u2212", Messages.Toolbar_zoomOut, () -> canvas.zoom(1 / 1.25));
		tool(tools, "\u2922", Messages.Toolbar_fit, () -> canvas.fit());
		tool(tools, "\u21bb", Messages.Toolbar_arrange, this::arrangeAll);
		palette = new PaletteMenu(tools, this::usePaletteTool);
		tool(tools, Messages.Toolbar_delete, Messages.Toolbar_deleteTooltip, this::deleteSelection);
		tool(tools, Messages.Toolbar_rename, Messages.Toolbar_renameTooltip, () -> editing.renameSelection());
		layers = new LayerMenu(tools, this::chooseLayers);
		tool(tools, "SVG", Messages.Toolbar_exportSvg, () -> export(ExportFormat.SVG));
		tool(tools, "PNG", Messages.Toolbar_exportPng, () -> export(ExportFormat.PNG));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText(Messages.Status_loading);

		canvas = new DiagramCanvas(parent, new CanvasActions());
		editing = new SemanticEditing(file, canvas, getSite().getShell(), this::showMessage);
		DiagramContextMenu.install(getSite(), canvas, editing, this::openElement);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		canvas.publishAs(PropertyNodes::of);
		getSite().setSelectionProvider(canvas);
		canvas.addSelectionChangedListener(e -> {
			if (getSite().getPage().getActivePart() == this) {
				canvas.selectedNodes().stream().map(DiagramNode::semantic).filter(EObject.class::isInstance)
						.map(EObject.class::cast).findFirst()
						.ifPresent(element -> SelectionLinker.revealInText(getSite().getPage(), element));
			}
		});
		unsavedTexts = new UnsavedTexts(file.getProject(), parent.getDisplay(), () -> {
			if (!canvas.control().isDisposed()) {
				reload();
			}
		});
		linker = new SelectionLinker(this, canvas);
		getSite().getPage().addPostSelectionListener(linker);
		IUndoContext undo = WorkspaceUndoUtil.getWorkspaceUndoContext();
		IActionBars bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undo));
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undo));
		// the workbench's key bindings (Delete, F2, Ctrl+A) reach the diagram through the global actions
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), new RunAction(null, true, this::deleteSelection));
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), new RunAction(null, true, () -> {
			if (canvas.selectedNodes().size() == 1) {
				editing.directEdit(canvas.selectedNodes().get(0));
			}
		}));
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), new RunAction(null, true, canvas::selectAll));
		bars.updateActionBars();
		reload();
	}

	private static String label(String id) {
		return switch (id) {
			case "actor-network" -> Messages.Representation_actorNetwork;
			case "committee-structure" -> Messages.Representation_committeeStructure;
			case "region-landscape" -> Messages.Representation_regionLandscape;
			default -> RepresentationRegistry.builtIn().get(id).getLabel();
		};
	}

	private static void tool(ToolBar bar, String text, String tooltip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tooltip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	/** Loads and lays out again, replacing a load still running. */
	void reload() {
		if (loading != null) {
			loading.cancel();
		}
		Display display = canvas.control().getDisplay();
		loading = new DiagramLoadJob(file, representation, unsavedTexts.dirtyTexts(), snapshot -> display.asyncExec(() -> {
			if (!canvas.control().isDisposed()) {
				canvas.show(snapshot);
				layers.show(snapshot.diagram());
				palette.show(snapshot.diagram());
				showStatus();
			}
		}), error -> display.asyncExec(() -> {
			if (!status.isDisposed()) {
				status.setText(NLS.bind(Messages.Status_failed, error.getMessage()));
			}
		}));
		loading.schedule();
	}

	private void showMessage(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
			// the label may be too narrow for a long refusal: the tooltip and the workbench status line show it all
			status.setToolTipText(message);
			getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
			status.getParent().layout(new org.eclipse.swt.widgets.Control[] {status});
		}
	}

	private void showStatus() {
		DiagramSnapshot snapshot = canvas.snapshot();
		if (snapshot == null || status.isDisposed()) {
			return;
		}
		String text = snapshot.errors() > 0 ? NLS.bind(Messages.Status_errors, snapshot.errors())
				: NLS.bind(Messages.Status_shown, new Object[] {snapshot.diagram().allNodes().count(),
						snapshot.diagram().edges().size(), Math.round(canvas.view().zoom() * 100)});
		status.setText(text);
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] {status});
	}

	/** Dragged nodes stay where they were dropped: their positions go to the sidecar, then the edges are re-routed. */
	private void pin(Map<DiagramNode, double[]> positions) {
		changeSidecar(Messages.Pin_move, modelFile -> PinWriter.pinAll(modelFile, representation, positions));
	}

	private void chooseLayers(java.util.Set<String> activeLayers, java.util.Set<String> activeFilters) {
		changeSidecar(Messages.Pin_layers,
				modelFile -> PinWriter.choose(modelFile, representation, activeLayers, activeFilters));
	}

	private void arrangeAll() {
		changeSidecar(Messages.Pin_arrange, modelFile -> PinWriter.unpinAll(modelFile, representation));
	}

	private interface SidecarChange {
		void apply(Path modelFile) throws IOException;
	}

	/**
	 * Writes the layout sidecar of the file, records the change in the operation history (Edit &gt; Undo takes it
	 * back), then draws again with what the sidecar now says.
	 */
	private void changeSidecar(String label, SidecarChange change) {
		Path modelFile = Path.of(file.getLocation().toOSString());
		Path sidecar = LayoutSidecar.pathFor(modelFile);
		try {
			byte[] before = SidecarOperation.read(sidecar);
			change.apply(modelFile);
			SidecarOperation operation = new SidecarOperation(label, sidecar, before, SidecarOperation.read(sidecar),
					this::sidecarChangedByHistory);
			operation.addContext(WorkspaceUndoUtil.getWorkspaceUndoContext());
			OperationHistoryFactory.getOperationHistory().add(operation);
			refreshSidecar();
		} catch (IOException e) {
			status.setText(NLS.bind(Messages.Pin_failed, file.getName(), e.getMessage()));
		}
		reload();
	}

	private void sidecarChangedByHistory() {
		refreshSidecar();
		if (canvas != null && !canvas.control().isDisposed()) {
			canvas.control().getDisplay().asyncExec(() -> {
				if (!canvas.control().isDisposed()) {
					reload();
				}
			});
		}
	}

	/** Runs a palette tool as if picked from the New menu. */
	void usePaletteTool(Tool tool) {
		editing.usePaletteTool(tool);
	}

	/** Deletes the selected elements from the model files. */
	void deleteSelection() {
		editing.deleteSelection();
	}

	/** Shows the element in its text editor. */
	private void openElement(EObject element) {
		try {
			ElementOpener.open(getSite().getPage(), element);
		} catch (PartInitException e) {
			status.setText(NLS.bind(Messages.Open_failed, e.getMessage()));
		}
	}

	/** What the user does on the canvas. */
	private final class CanvasActions implements DiagramCanvas.Actions {

		@Override
		public void moved(Map<DiagramNode, double[]> positions) {
			pin(positions);
		}

		@Override
		public void open(EObject element) {
			openElement(element);
		}

		@Override
		public void connect(DiagramNode source, DiagramNode target) {
			editing.connect(source, target);
		}

		@Override
		public void delete() {
			deleteSelection();
		}

		@Override
		public void directEdit(DiagramNode node) {
			editing.directEdit(node);
		}

		@Override
		public void rename() {
			editing.renameSelection();
		}

		@Override
		public void zoomed() {
			showStatus();
		}
	}

	/** The workspace learns about the sidecar written behind its back, so it shows up in the Project Explorer. */
	private void refreshSidecar() {
		try {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			// the sidecar is written; the explorer shows it after the next refresh
		}
	}

	private void export(ExportFormat format) {
		DiagramSnapshot snapshot = canvas.snapshot();
		if (snapshot == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		String extension = format == ExportFormat.SVG ? "svg" : "png";
		dialog.setFilterExtensions(new String[] {"*." + extension});
		dialog.setFileName(file.getName().replace(".regio", "") + "-" + representation + "." + extension);
		dialog.setFilterPath(file.getParent().getLocation().toOSString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path output = Path.of(chosen);
		Display display = canvas.control().getDisplay();
		Job job = Job.create(NLS.bind(Messages.Job_export, output.getFileName()), (IProgressMonitor monitor) -> {
			try {
				DiagramExporter.export(snapshot.request().withOutput(output, format));
				display.asyncExec(() -> {
					if (!status.isDisposed()) {
						status.setText(NLS.bind(Messages.Export_done, output));
					}
				});
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return Status.error(NLS.bind(Messages.Export_failed, output, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null || canvas == null) {
			return;
		}
		boolean[] changed = {false};
		try {
			delta.accept(d -> {
				IResource resource = d.getResource();
				if (resource.getType() == IResource.FILE && "regio".equals(resource.getFileExtension())
						&& resource.getProject().equals(file.getProject())) {
					changed[0] = true;
				}
				return !changed[0];
			});
		} catch (CoreException e) {
			return;
		}
		if (changed[0]) {
			Display display = canvas.control().getDisplay();
			display.asyncExec(() -> {
				if (!canvas.control().isDisposed()) {
					reload();
				}
			});
		}
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		if (linker != null) {
			getSite().getPage().removePostSelectionListener(linker);
		}
		if (unsavedTexts != null) {
			unsavedTexts.dispose();
		}
		if (loading != null) {
			loading.cancel();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save: dragged positions are written when dropped, semantic data lives in the text
	}

	@Override
	public void doSaveAs() {
		// see doSave
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** The Properties view shows diagram elements with the Project Explorer's tabs (Element, References). */
	@Override
	public String getContributorId() {
		return "org.eclipse.ui.navigator.ProjectExplorer";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new TabbedPropertySheetPage(this));
		}
		return super.getAdapter(adapter);
	}

	/** The drawing area; for the UI tests, which drive it like a user. */
	DiagramCanvas canvas() {
		return canvas;
	}

	/** The status line's text: what the last action did or why it was refused. */
	String statusText() {
		return status.getText();
	}

	/** The file the diagram was opened on; its sidecar keeps the positions. */
	public IFile file() {
		return file;
	}
}
