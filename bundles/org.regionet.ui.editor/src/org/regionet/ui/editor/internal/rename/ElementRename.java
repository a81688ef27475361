package org.regionet.ui.editor.internal.rename;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.regionet.model.Element;
import org.regionet.model.Meeting;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.edit.ModelEditRecorder.Outcome;

/**
 * Renames an element given as an object rather than a caret position (from a diagram or a view): the declaration
 * and every reference in every file of the resource set, refused when the name is unusable or taken.
 */
public final class ElementRename {

	private ElementRename() {
	}

	public static Outcome edits(ResourceSet set, EObject element, String newName, IQualifiedNameProvider names) {
		String oldName = element instanceof Element e ? e.getName() : element instanceof Meeting m ? m.getName() : null;
		if (oldName == null) {
			return new Outcome(Map.of(), Messages.Change_notNamed);
		}
		String problem = NameCheck.problem(newName, oldName, RenameTargets.taken(set, element, names));
		if (problem != null) {
			return new Outcome(Map.of(), problem);
		}
		return new Outcome(Occurrences.renameEdits(Occurrences.of(set, element, oldName), newName), null);
	}
}
