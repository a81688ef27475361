package org.regionet.ui.editor.internal.navigate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.regionet.model.Element;
import org.regionet.model.Meeting;
import org.regionet.model.RegionetPackage.Literals;

/**
 * Finds what the text at an offset refers to: a reference to an element (possibly in another file) or the name of a
 * declaration. Works on a resource that is in sync with the text.
 */
public final class ElementLocator {

	/** A range of text that stands for an element, and the element. */
	public record Hit(int offset, int length, EObject element, boolean reference) {
	}

	private static final EObjectAtOffsetHelper HELPER = new EObjectAtOffsetHelper();

	private ElementLocator() {
	}

	/** The reference at {@code offset} (also just after its last character), or {@code null}. */
	public static Hit referenceAt(XtextResource resource, int offset) {
		for (int at : new int[] { offset, offset - 1 }) {
			if (at < 0) {
				continue;
			}
			INode node = HELPER.getCrossReferenceNode(resource, new TextRegion(at, 0));
			if (node != null) {
				EObject target = HELPER.getCrossReferencedElement(node);
				if (target != null && !target.eIsProxy()) {
					return new Hit(node.getOffset(), node.getLength(), target, true);
				}
			}
		}
		return null;
	}

	/** The reference at {@code offset}, else the declared element whose name is at {@code offset}, or {@code null}. */
	public static Hit elementAt(XtextResource resource, int offset) {
		Hit reference = referenceAt(resource, offset);
		if (reference != null) {
			return reference;
		}
		EObject element = HELPER.resolveContainedElementAt(resource, offset);
		if (element instanceof Element || element instanceof Meeting) {
			INode name = nameNode(element);
			if (name != null && offset >= name.getOffset() && offset <= name.getOffset() + name.getLength()) {
				return new Hit(name.getOffset(), name.getLength(), element, false);
			}
		}
		return null;
	}

	/** Where {@code element} is declared (the range of its name), or {@code null} if it has no text. */
	public static Target targetOf(EObject element) {
		if (element.eResource() == null) {
			return null;
		}
		INode name = nameNode(element);
		if (name != null) {
			return new Target(element.eResource().getURI(), name.getOffset(), name.getLength());
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? null : new Target(element.eResource().getURI(), node.getOffset(), 0);
	}

	private static INode nameNode(EObject element) {
		EStructuralFeature feature = element instanceof Meeting ? Literals.MEETING__NAME : Literals.ELEMENT__NAME;
		if (!element.eClass().getEAllStructuralFeatures().contains(feature)) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}
}
