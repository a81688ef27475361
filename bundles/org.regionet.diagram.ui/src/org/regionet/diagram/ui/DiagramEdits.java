package org.regionet.diagram.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.regionet.diagram.description.DeleteKind;
import org.regionet.diagram.description.DeleteTool;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.EdgeCreationTool;
import org.regionet.diagram.mapping.SemanticKeys;
import org.regionet.diagram.tools.ToolExecutor;
import org.regionet.diagram.tools.ToolResult;
import org.regionet.ui.editor.ModelChanges;

/**
 * The diagram's semantic edits as model changes: which elements an edit is about (found again by their semantic
 * keys in the current models, since the drawn diagram holds an older copy) and what the palette tool does to them.
 * Headless; {@link ModelChanges} turns them into text edits.
 */
public final class DiagramEdits {

	/** One element to delete with the tool that deletes it; {@code targetKey} only for reference deletes. */
	public record Deletion(DeleteTool tool, String key, String targetKey) {
	}

	private DiagramEdits() {
	}

	/** The elements with these semantic keys, in order; {@code null} for a key no element has. */
	public static ModelChanges.Locator elements(List<String> keys) {
		return set -> {
			List<EObject> found = new ArrayList<>();
			for (String key : keys) {
				found.add(find(set, key));
			}
			return found;
		};
	}

	/** The element of the resource set whose semantic key is {@code key}, or null. */
	public static EObject find(ResourceSet set, String key) {
		for (Resource resource : List.copyOf(set.getResources())) {
			for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (key.equals(SemanticKeys.of(element))) {
					return element;
				}
			}
		}
		return null;
	}

	/** Keys to locate for {@link #delete}: each deletion's element, then each reference delete's target. */
	public static List<String> keys(List<Deletion> deletions) {
		List<String> keys = new ArrayList<>();
		deletions.forEach(d -> keys.add(d.key()));
		deletions.stream().filter(d -> d.targetKey() != null).forEach(d -> keys.add(d.targetKey()));
		return keys;
	}

	/**
	 * Deletes the elements located by {@link #keys}. An element still referenced by another one being deleted goes
	 * after it, so deleting an actor together with its cooperations works in any selection order.
	 */
	public static ModelChanges.Change delete(List<Deletion> deletions) {
		return located -> {
			ToolExecutor executor = new ToolExecutor();
			List<EObject> targets = new ArrayList<>();
			int next = deletions.size();
			for (Deletion deletion : deletions) {
				targets.add(deletion.targetKey() == null ? null : located.get(next++));
			}
			List<Integer> pending = new ArrayList<>();
			for (int i = 0; i < deletions.size(); i++) {
				pending.add(i);
			}
			String refusal = null;
			boolean progress = true;
			while (!pending.isEmpty() && progress) {
				progress = false;
				for (Integer i : List.copyOf(pending)) {
					ToolResult result = executor.delete(deletions.get(i).tool(), located.get(i), targets.get(i));
					if (result.done()) {
						pending.remove(i);
						progress = true;
					} else {
						refusal = result.message();
					}
				}
			}
			return pending.isEmpty() ? null : refusal;
		};
	}

	/** Connects the two located elements (source first) with an edge creation tool. */
	public static ModelChanges.Change connect(EdgeCreationTool tool) {
		return located -> message(new ToolExecutor().createEdge(tool, located.get(0), located.get(1)));
	}

	/** Sets the label of the located element through a direct-edit tool. */
	public static ModelChanges.Change directEdit(DirectEditLabelTool tool, String text) {
		return located -> message(new ToolExecutor().directEdit(tool, located.get(0), text));
	}

	/** Whether a delete tool removes a reference between two elements rather than an element. */
	public static boolean removesReference(DeleteTool tool) {
		return tool.getKind() == DeleteKind.REFERENCE;
	}

	private static String message(ToolResult result) {
		return result.done() ? null : result.message();
	}
}
