package org.regionet.diagram.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.diagram.mapping.SemanticKeys;
import org.regionet.diagram.view.Diagram;

/** Which diagram node stands for a place in a model file: the innermost element there that the diagram shows. */
final class ShownElements {

	private static final EObjectAtOffsetHelper ELEMENTS = new EObjectAtOffsetHelper();

	private ShownElements() {
	}

	/** The node key for {@code offset} of the resource's text, or null when no element around it is drawn. */
	static String keyAt(XtextResource resource, int offset, Diagram diagram) {
		if (offset < 0 || resource.getParseResult() == null) {
			return null;
		}
		for (EObject e = ELEMENTS.resolveContainedElementAt(resource, offset); e != null; e = e.eContainer()) {
			String key = SemanticKeys.of(e);
			if (diagram.node(key).isPresent()) {
				return key;
			}
		}
		return null;
	}
}
