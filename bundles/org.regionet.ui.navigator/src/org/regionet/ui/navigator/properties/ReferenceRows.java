package org.regionet.ui.navigator.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.regionet.model.Approach;
import org.regionet.model.Meeting;
import org.regionet.model.Membership;
import org.regionet.model.RegionetPackage.Literals;
import org.regionet.ui.navigator.edit.Labels;

/**
 * The rows of the References tab: every cross reference of the element's class with the names as written (so an
 * unresolved name still shows), and the contained members, meetings and approaches by their labels.
 */
final class ReferenceRows {

	private ReferenceRows() {
	}

	static List<Row> of(EObject element) {
		List<Row> rows = new ArrayList<>();
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment()) {
				rows.add(new Row(Labels.feature(reference), written(element, reference), null));
			} else if (reference.isMany()) {
				List<String> labels = new ArrayList<>();
				for (Object child : (List<?>) element.eGet(reference)) {
					labels.add(label((EObject) child));
				}
				if (!labels.isEmpty()) {
					rows.add(new Row(Labels.feature(reference), String.join(", ", labels), null));
				}
			}
		}
		return rows;
	}

	private static String written(EObject element, EReference reference) {
		List<String> names = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
			names.add(NodeModelUtils.getTokenText(node));
		}
		return String.join(", ", names);
	}

	private static String label(EObject child) {
		if (child instanceof Membership membership) {
			String actor = written(membership, Literals.MEMBERSHIP__ACTOR);
			List<INode> role = NodeModelUtils.findNodesForFeature(membership, Literals.MEMBERSHIP__ROLE);
			return role.isEmpty() ? actor : actor + " (" + NodeModelUtils.getTokenText(role.get(0)) + ")";
		} else if (child instanceof Meeting meeting) {
			return meeting.getName() != null ? meeting.getName() : meeting.getDate();
		} else if (child instanceof Approach approach) {
			return approach.getText();
		}
		return String.valueOf(child);
	}
}
