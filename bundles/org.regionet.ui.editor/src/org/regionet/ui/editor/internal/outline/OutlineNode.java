package org.regionet.ui.editor.internal.outline;

import java.util.List;

/**
 * One entry of the outline: what it is, how it is labelled, where it is in the text (whole element and the part
 * to select, usually the name) and its children. Immutable, so a new outline can be built off the UI thread.
 *
 * @param key a path that identifies the entry across rebuilds, so expanded entries stay expanded
 */
public record OutlineNode(String key, Kind kind, String label, String detail, int offset, int length,
		int selectionOffset, int selectionLength, List<OutlineNode> children) {

	/** What an outline entry stands for; decides its icon. */
	public enum Kind {
		NAMESPACE, IMPORT, REGION, ACTOR, COMMITTEE, MEMBER, MEETING, FIELD, TOPIC, TARGET_GROUP, ACTIVITY, CHALLENGE,
		APPROACH, CONCEPT, COOPERATION, ACCEPTANCE
	}

	public boolean contains(int position) {
		return position >= offset && position <= offset + length;
	}

	/** The innermost entry of {@code roots} whose text contains {@code position}, or {@code null}. */
	public static OutlineNode innermostAt(List<OutlineNode> roots, int position) {
		for (OutlineNode node : roots) {
			if (node.contains(position)) {
				OutlineNode inner = innermostAt(node.children(), position);
				return inner != null ? inner : node;
			}
		}
		return null;
	}

	/** The chain of entries from a root down to {@code target}, empty if it is not in the tree. */
	public static List<OutlineNode> pathTo(List<OutlineNode> roots, OutlineNode target) {
		for (OutlineNode node : roots) {
			if (node == target) {
				return List.of(node);
			}
			List<OutlineNode> below = pathTo(node.children(), target);
			if (!below.isEmpty()) {
				List<OutlineNode> path = new java.util.ArrayList<>(below.size() + 1);
				path.add(node);
				path.addAll(below);
				return path;
			}
		}
		return List.of();
	}
}
