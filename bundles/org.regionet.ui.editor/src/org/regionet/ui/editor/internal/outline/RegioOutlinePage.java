package org.regionet.ui.editor.internal.outline;

import java.util.List;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The outline of a model file: its elements with their titles, committees with members and meetings. Selecting an
 * entry selects its name in the editor; moving the caret in the editor selects the entry around it.
 */
public class RegioOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private List<OutlineNode> roots = List.of();
	private boolean revealing;

	public RegioOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		OutlineImages images = new OutlineImages(viewer.getControl());
		viewer.setContentProvider(new NodeContent());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new NodeLabels(images)));
		viewer.setComparer(new KeyComparer());
		viewer.setUseHashlookup(true);
		viewer.setInput(roots);
	}

	/** Shows a new outline, keeping expanded entries expanded. UI thread. */
	public void update(List<OutlineNode> newRoots) {
		roots = newRoots;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(roots);
			viewer.setExpandedElements(expanded);
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** Selects the innermost entry around {@code offset}, without moving the editor's caret. */
	public void reveal(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		OutlineNode node = OutlineNode.innermostAt(roots, offset);
		revealing = true;
		try {
			viewer.setSelection(node == null ? StructuredSelection.EMPTY : new StructuredSelection(node), true);
		} finally {
			revealing = false;
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (revealing) {
			return;
		}
		if (event.getSelection() instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof OutlineNode node) {
			editor.selectAndReveal(node.selectionOffset(), node.selectionLength());
		}
	}

	private final class NodeContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return roots.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			List<OutlineNode> path = OutlineNode.pathTo(roots, (OutlineNode) element);
			return path.size() < 2 ? null : path.get(path.size() - 2);
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}

	private static final class NodeLabels extends LabelProvider implements IStyledLabelProvider {
		private final OutlineImages images;

		NodeLabels(OutlineImages images) {
			this.images = images;
		}

		@Override
		public StyledString getStyledText(Object element) {
			OutlineNode node = (OutlineNode) element;
			StyledString text = new StyledString(node.label());
			if (node.detail() != null) {
				text.append(" – " + node.detail(), StyledString.DECORATIONS_STYLER);
			}
			return text;
		}

		@Override
		public Image getImage(Object element) {
			return images.of(((OutlineNode) element).kind());
		}
	}

	/** Entries are the same across rebuilds when their keys are, so expansion and selection survive. */
	private static final class KeyComparer implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			if (a instanceof OutlineNode x && b instanceof OutlineNode y) {
				return x.key().equals(y.key());
			}
			return a == b;
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof OutlineNode node ? node.key().hashCode() : System.identityHashCode(element);
		}
	}
}
