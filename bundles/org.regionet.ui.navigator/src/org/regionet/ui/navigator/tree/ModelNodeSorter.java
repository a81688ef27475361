package org.regionet.ui.navigator.tree;

import java.util.List;

import org.eclipse.jface.viewers.ViewerComparator;
import org.regionet.ui.navigator.model.ElementKind;
import org.regionet.ui.navigator.model.ModelNode;

/**
 * Orders a file's elements by kind, as an analyst reads a regional concept (regions, actors, committees,
 * activities, concepts, challenges, then the vocabulary of fields and target groups), and by label within a kind.
 */
public class ModelNodeSorter extends ViewerComparator {

	private static final List<ElementKind> ORDER = List.of(ElementKind.NAMESPACE, ElementKind.REGION, ElementKind.ACTOR,
			ElementKind.COMMITTEE, ElementKind.ACTIVITY, ElementKind.CONCEPT, ElementKind.CHALLENGE, ElementKind.FIELD,
			ElementKind.TOPIC, ElementKind.TARGET_GROUP, ElementKind.COOPERATION, ElementKind.ACCEPTANCE,
			ElementKind.MEMBER, ElementKind.MEETING, ElementKind.APPROACH);

	@Override
	public int category(Object element) {
		if (element instanceof ModelNode node) {
			int rank = ORDER.indexOf(node.kind());
			return rank < 0 ? ORDER.size() : rank;
		}
		return ORDER.size() + 1;
	}
}
