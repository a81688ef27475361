package org.regionet.ui.navigator.properties;

import org.eclipse.emf.ecore.EObject;
import org.regionet.ui.navigator.edit.ParsedText;
import org.regionet.ui.navigator.model.ModelLanguage;
import org.regionet.ui.navigator.model.ModelNode;

/**
 * The element a node stands for, read from the file's current text: the tree is loaded from saved files, but
 * after an edit in an open editor the Properties view must show the unsaved value.
 */
final class CurrentElement {

	private CurrentElement() {
	}

	/** The element now at the node's path, or the node's element as last loaded if the text has none. */
	static EObject of(ModelNode node) {
		String text = FileTexts.current(node.file());
		EObject current = text == null ? null : ParsedText.parse(ModelLanguage.injector(), text).elementAt(node.path());
		return current != null ? current : node.element();
	}
}
