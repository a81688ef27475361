package org.regionet.ui.navigator.tree;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.regionet.dsl.workspace.ModelFiles;
import org.regionet.ui.navigator.model.ModelNode;
import org.regionet.ui.navigator.model.ModelTrees;

/**
 * Puts each .regio file's model tree under the file in the Project Explorer. Trees are loaded off the UI thread by
 * {@link ModelTrees}; when a file's tree is (re)loaded the file is refreshed in the viewer with asyncExec.
 */
public class ModelContentProvider implements ICommonContentProvider {

	private static final Object[] NONE = new Object[0];

	private StructuredViewer viewer;
	private final Consumer<Set<IFile>> reloaded = this::refresh;

	@Override
	public void init(ICommonContentExtensionSite site) {
		ModelTrees.get().addListener(reloaded);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IFile file && isModelFile(file)) {
			List<ModelNode> tree = ModelTrees.get().treeOf(file);
			return tree == null ? new Object[] { new LoadingNode(file) } : tree.toArray();
		}
		if (parent instanceof ModelNode node) {
			return node.children().toArray();
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ModelNode node) {
			return node.parent() != null ? node.parent() : node.file();
		}
		if (element instanceof LoadingNode loading) {
			return loading.file();
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IFile file) {
			return isModelFile(file);
		}
		return element instanceof ModelNode node && !node.children().isEmpty();
	}

	static boolean isModelFile(IFile file) {
		return file.getName().endsWith(ModelFiles.EXTENSION);
	}

	private void refresh(Set<IFile> files) {
		StructuredViewer current = viewer;
		if (current == null || current.getControl().isDisposed()) {
			return;
		}
		current.getControl().getDisplay().asyncExec(() -> {
			if (current.getControl().isDisposed()) {
				return;
			}
			for (IFile file : files) {
				if (file.exists()) {
					current.refresh(file, true);
				}
			}
		});
	}

	@Override
	public void dispose() {
		ModelTrees.get().removeListener(reloaded);
		viewer = null;
	}

	@Override
	public void restoreState(IMemento memento) {
		// nothing to restore: trees are read from the files
	}

	@Override
	public void saveState(IMemento memento) {
		// nothing to save
	}
}
