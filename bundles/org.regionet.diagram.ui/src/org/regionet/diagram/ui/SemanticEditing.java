package org.regionet.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.regionet.diagram.description.DeleteTool;
import org.regionet.diagram.description.DiagramElementMapping;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.EdgeCreationTool;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.description.Tool;
import org.regionet.diagram.mapping.SemanticKeys;
import org.regionet.diagram.tools.Palette;
import org.regionet.diagram.ui.internal.Messages;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.ui.editor.ModelChanges;

/**
 * The diagram editor's semantic edits: the representation's palette tools (create, connect, delete, direct edit)
 * and rename, applied to what is selected on the canvas. Each becomes a text change of the model files through
 * {@link ModelChanges} or {@link PaletteRunner}; the outcome, or why the edit was refused, goes to the status.
 */
final class SemanticEditing {

	private final IFile file;
	private final DiagramCanvas canvas;
	private final Shell shell;
	private final Consumer<String> status;
	private EdgeCreationTool connecting;

	SemanticEditing(IFile file, DiagramCanvas canvas, Shell shell, Consumer<String> status) {
		this.file = file;
		this.canvas = canvas;
		this.shell = shell;
		this.status = status;
	}

	/** A node tool creates at once; a connection tool waits for the user to draw the connection. */
	void usePaletteTool(Tool tool) {
		if (tool instanceof NodeCreationTool creation) {
			PaletteRunner.create(file, creation, status);
		} else if (tool instanceof EdgeCreationTool edge) {
			connecting = edge;
			status.accept(NLS.bind(Messages.Palette_connect, edge.getLabel()));
			canvas.startConnecting();
		}
	}

	void connect(DiagramNode source, DiagramNode target) {
		EdgeCreationTool tool = connecting;
		connecting = null;
		if (tool == null) {
			return;
		}
		ModelChanges.modify(file, NLS.bind(Messages.Edit_connect, tool.getLabel()),
				DiagramEdits.elements(List.of(source.key(), target.key())), DiagramEdits.connect(tool),
				outcome(NLS.bind(Messages.Edit_connected, source.label(), target.label())));
	}

	void deleteSelection() {
		Palette tools = palette();
		if (tools == null || (canvas.selectedNodes().isEmpty() && canvas.selectedEdges().isEmpty())) {
			return;
		}
		List<DiagramEdits.Deletion> deletions = new ArrayList<>();
		for (DiagramNode node : canvas.selectedNodes()) {
			Optional<DeleteTool> tool = deleteTool(tools, node.mapping());
			if (tool.isEmpty()) {
				status.accept(NLS.bind(Messages.Edit_cannotDelete, node.label()));
				return;
			}
			deletions.add(new DiagramEdits.Deletion(tool.get(), node.key(), null));
		}
		for (DiagramEdge edge : canvas.selectedEdges()) {
			Optional<DeleteTool> tool = deleteTool(tools, edge.mapping());
			if (tool.isEmpty()) {
				status.accept(NLS.bind(Messages.Edit_cannotDelete, edge.label() == null ? edge.key() : edge.label()));
				return;
			}
			if (DiagramEdits.removesReference(tool.get())) {
				deletions.add(new DiagramEdits.Deletion(tool.get(), edge.source().key(), edge.target().key()));
			} else {
				edge.semantics().forEach(semantic -> deletions
						.add(new DiagramEdits.Deletion(tool.get(), SemanticKeys.of(semantic), null)));
			}
		}
		ModelChanges.modify(file, Messages.Edit_delete, DiagramEdits.elements(DiagramEdits.keys(deletions)),
				DiagramEdits.delete(deletions), outcome(NLS.bind(Messages.Edit_deleted, deletions.size())));
	}

	private static Optional<DeleteTool> deleteTool(Palette tools, Object mapping) {
		return tools.tools().stream().filter(DeleteTool.class::isInstance).map(DeleteTool.class::cast)
				.filter(t -> t.getMappings().contains(mapping)).findFirst();
	}

	/**
	 * F2: the label is edited in place. A label showing the element's title is written through the representation's
	 * direct-edit tool; a label showing its name renames it, and every reference in every file follows.
	 */
	void directEdit(DiagramNode node) {
		Palette tools = palette();
		Optional<DirectEditLabelTool> tool = tools == null || !(node.mapping() instanceof DiagramElementMapping mapping)
				? Optional.empty() : tools.directEdit(mapping);
		String name = nameOf(node);
		if (tool.isPresent() && !node.label().equals(name)) {
			canvas.editLabel(node, node.label(), text -> ModelChanges.modify(file, Messages.Edit_label,
					DiagramEdits.elements(List.of(node.key())), DiagramEdits.directEdit(tool.get(), text),
					outcome(NLS.bind(Messages.Edit_labelled, text))));
		} else if (name != null) {
			canvas.editLabel(node, name, text -> rename(node, name, text.strip()));
		} else {
			status.accept(NLS.bind(Messages.Edit_noDirectEdit, node.label()));
		}
	}

	/** Alt+Shift+R: a new name for the selected element, in its declaration and every reference in every file. */
	void renameSelection() {
		List<DiagramNode> nodes = canvas.selectedNodes();
		String name = nodes.size() == 1 ? nameOf(nodes.get(0)) : null;
		if (name == null) {
			if (nodes.size() == 1) {
				status.accept(NLS.bind(Messages.Edit_noDirectEdit, nodes.get(0).label()));
			}
			return;
		}
		InputDialog dialog = new InputDialog(shell, Messages.Edit_renameTitle,
				NLS.bind(Messages.Edit_renamePrompt, name), name, null);
		if (dialog.open() == Window.OK) {
			rename(nodes.get(0), name, dialog.getValue().strip());
		}
	}

	private void rename(DiagramNode node, String oldName, String newName) {
		ModelChanges.rename(file, NLS.bind(Messages.Edit_rename, oldName), DiagramEdits.elements(List.of(node.key())),
				newName, outcome(NLS.bind(Messages.Edit_renamed, newName)));
	}

	private static String nameOf(DiagramNode node) {
		if (!(node.semantic() instanceof EObject element)
				|| element.eClass().getEStructuralFeature("name") == null) {
			return null;
		}
		Object name = element.eGet(element.eClass().getEStructuralFeature("name"));
		return name == null ? null : name.toString();
	}

	private Palette palette() {
		DiagramSnapshot snapshot = canvas.snapshot();
		return snapshot == null ? null
				: new Palette(snapshot.diagram().description(), snapshot.diagram().activeLayers());
	}

	/** Shows {@code success} or why the change was refused; the diagram redraws from the changed files. */
	private Consumer<String> outcome(String success) {
		return problem -> status.accept(problem == null ? success : NLS.bind(Messages.Edit_refused, problem));
	}

}
