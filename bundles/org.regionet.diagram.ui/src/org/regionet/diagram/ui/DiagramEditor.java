package org.regionet.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;

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
public class DiagramEditor extends EditorPart implements IResourceChangeListener {

	public static final String ID = "org.regionet.diagram.ui.editor";

	private IFile file;
	private String representation = RepresentationRegistry.BUILT_IN.get(0);
	private DiagramCanvas canvas;
	private Label status;
	private Job loading;
	private LayerMenu layers;
	private PaletteMenu palette;

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
		palette = new PaletteMenu(tools, tool -> PaletteRunner.create(file, tool, this::showMessage));
		layers = new LayerMenu(tools, this::chooseLayers);
		tool(tools, "SVG", Messages.Toolbar_exportSvg, () -> export(ExportFormat.SVG));
		tool(tools, "PNG", Messages.Toolbar_exportPng, () -> export(ExportFormat.PNG));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText(Messages.Status_loading);

		canvas = new DiagramCanvas(parent);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		canvas.onMoved(this::pin);
		canvas.onOpen(element -> {
			try {
				ElementOpener.open(getSite().getPage(), element);
			} catch (PartInitException e) {
				status.setText(NLS.bind(Messages.Open_failed, e.getMessage()));
			}
		});
		canvas.onZoom(this::showStatus);
		getSite().setSelectionProvider(canvas);
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
		loading = new DiagramLoadJob(file, representation, snapshot -> display.asyncExec(() -> {
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

	/** A dragged node stays where it was dropped: its position goes to the sidecar, then the edges are re-routed. */
	private void pin(DiagramNode node, double[] position) {
		changeSidecar(modelFile -> PinWriter.pin(modelFile, representation, node, position[0], position[1]));
	}

	private void chooseLayers(java.util.Set<String> activeLayers, java.util.Set<String> activeFilters) {
		changeSidecar(modelFile -> PinWriter.choose(modelFile, representation, activeLayers, activeFilters));
	}

	private void arrangeAll() {
		changeSidecar(modelFile -> PinWriter.unpinAll(modelFile, representation));
	}

	private interface SidecarChange {
		void apply(Path modelFile) throws IOException;
	}

	/** Writes the layout sidecar of the file, then draws again with what it now says. */
	private void changeSidecar(SidecarChange change) {
		try {
			change.apply(Path.of(file.getLocation().toOSString()));
			refreshSidecar();
		} catch (IOException e) {
			status.setText(NLS.bind(Messages.Pin_failed, file.getName(), e.getMessage()));
		}
		reload();
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

	/** The file the diagram was opened on; its sidecar keeps the positions. */
	public IFile file() {
		return file;
	}
}
