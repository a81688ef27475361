package org.regionet.ui.editor.internal.navigate;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.Concept;
import org.regionet.model.Element;
import org.regionet.model.Meeting;
import org.regionet.model.RegionetPackage.Literals;

/**
 * What a hover tells about an element: its kind, full name, title, a one-line kind detail (actor kind, committee
 * kind, activity type), description, and where it is declared. Plain data, so it is computed under the model lock
 * and shown later.
 */
public record ElementSummary(org.eclipse.emf.ecore.EClass kind, String name, String title, String detail,
		String description, String file, int line) {

	public static ElementSummary of(EObject element, IQualifiedNameProvider names) {
		QualifiedName qualified = names.getFullyQualifiedName(element);
		String name = qualified != null ? qualified.toString() : element instanceof Element e ? e.getName() : null;
		String title = null;
		String description = null;
		if (element instanceof Element e) {
			title = e.getTitle();
			description = e.getDescription();
		} else if (element instanceof Meeting meeting) {
			name = meeting.getName();
			title = meeting.getTitle();
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		String file = element.eResource() == null ? null : element.eResource().getURI().lastSegment();
		if (file != null) {
			file = org.eclipse.emf.common.util.URI.decode(file);
		}
		return new ElementSummary(element.eClass(), name, title, detail(element), description, file,
				node == null ? 0 : node.getStartLine());
	}

	/**
	 * Actor kind, committee kind, activity type, concept kind or meeting date. Written text counts, not
	 * {@code eIsSet}: an enum set to its first literal (employment-agency) is not "set" for EMF.
	 */
	private static String detail(EObject element) {
		EAttribute attribute = null;
		if (element instanceof Actor) {
			attribute = Literals.ACTOR__KIND;
		} else if (element instanceof Committee) {
			attribute = Literals.COMMITTEE__KIND;
		} else if (element instanceof Activity) {
			attribute = Literals.ACTIVITY__TYPE;
		} else if (element instanceof Concept) {
			attribute = Literals.CONCEPT__KIND;
		} else if (element instanceof Meeting) {
			attribute = Literals.MEETING__DATE;
		}
		if (attribute == null || NodeModelUtils.findNodesForFeature(element, attribute).isEmpty()) {
			return null;
		}
		Object value = element.eGet(attribute);
		return value instanceof Enumerator literal ? literal.getLiteral() : String.valueOf(value);
	}
}
