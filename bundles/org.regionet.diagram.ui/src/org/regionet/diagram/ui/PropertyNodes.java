package org.regionet.diagram.ui;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.regionet.diagram.mapping.SemanticKeys;
import org.regionet.ui.analysis.ElementOpener;
import org.regionet.ui.navigator.model.ModelNode;
import org.regionet.ui.navigator.model.ModelTrees;

/**
 * What the diagram puts into the workbench selection for an element: the Project Explorer's node of it when the
 * file's model tree is loaded, so the tabbed Properties view shows and edits it as it does for the explorer;
 * otherwise the element itself. Never blocks: an unloaded tree is loaded in the background.
 */
final class PropertyNodes {

	private PropertyNodes() {
	}

	static Object of(EObject element) {
		IFile file = ElementOpener.fileOf(element);
		List<ModelNode> tree = file == null ? null : ModelTrees.get().treeOf(file);
		if (tree == null) {
			return element;
		}
		ModelNode node = find(tree, SemanticKeys.of(element));
		return node == null ? element : node;
	}

	private static ModelNode find(List<ModelNode> nodes, String key) {
		for (ModelNode node : nodes) {
			if (node.element() != null && key.equals(SemanticKeys.of(node.element()))) {
				return node;
			}
			ModelNode inner = find(node.children(), key);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}
}
