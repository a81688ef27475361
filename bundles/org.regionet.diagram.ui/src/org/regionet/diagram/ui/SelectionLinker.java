package org.regionet.diagram.ui;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.diagram.mapping.SemanticKeys;
import org.regionet.ui.analysis.ElementOpener;

/**
 * Keeps the diagram's selection in step with the rest of the workbench: an element selected in another view (the
 * Project Explorer's model tree, the Findings view) or under the caret of a model text editor is selected in the
 * diagram; an element selected in the diagram is revealed in its text editor if that is open, without activating it.
 */
final class SelectionLinker implements ISelectionListener {

	private final IWorkbenchPart diagram;
	private final DiagramCanvas canvas;

	SelectionLinker(IWorkbenchPart diagram, DiagramCanvas canvas) {
		this.diagram = diagram;
		this.canvas = canvas;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != null && part == diagram || canvas.snapshot() == null || canvas.control().isDisposed()) {
			return;
		}
		Set<String> keys = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				EObject object = Adapters.adapt(element, EObject.class);
				if (object != null) {
					keys.add(SemanticKeys.of(object));
				}
			}
		} else if (selection instanceof ITextSelection text && part instanceof IEditorPart editor
				&& editor.getEditorInput() instanceof IFileEditorInput input) {
			String key = keyAt(input.getFile(), text.getOffset());
			if (key != null) {
				keys.add(key);
			}
		}
		if (!keys.isEmpty()) {
			canvas.reveal(keys);
		}
	}

	/** The key of the innermost element the diagram shows at an offset of a model file (as last saved). */
	private String keyAt(IFile file, int offset) {
		DiagramSnapshot snapshot = canvas.snapshot();
		Path path = file.getLocation() == null ? null : Path.of(file.getLocation().toOSString());
		for (Resource resource : snapshot.workspace().resourceSet().getResources()) {
			if (resource instanceof XtextResource xtext && path != null
					&& path.equals(snapshot.workspace().pathOf(resource))) {
				return ShownElements.keyAt(xtext, offset, snapshot.diagram());
			}
		}
		return null;
	}

	/** Shows the element in its text editor, if one is open on its file; the diagram keeps the focus. */
	static void revealInText(IWorkbenchPage page, EObject element) {
		IFile file = ElementOpener.fileOf(element);
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (file == null || node == null) {
			return;
		}
		IEditorPart editor = page.findEditor(new FileEditorInput(file));
		ITextEditor text = editor == null ? null : Adapters.adapt(editor, ITextEditor.class);
		if (text != null && !text.isDirty()) {
			// offsets are those of the saved file: an editor with unsaved changes may have moved them
			text.selectAndReveal(node.getOffset(), 0);
		}
	}
}
