package org.regionet.ui.editor.internal.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.model.Actor;
import org.regionet.model.RegioModel;
import org.regionet.ui.editor.internal.edit.TextEdit;

/**
 * Merges two actors that are one body: every reference to the removed actor, in every file, names the kept one; the
 * removed actor's title and aliases become aliases of the kept one; the removed declaration goes. The result is a
 * set of minimal text edits per file, so comments and formatting everywhere else stay as they are.
 */
public final class ActorMerge {

	private static final EObjectAtOffsetHelper HELPER = new EObjectAtOffsetHelper();

	private ActorMerge() {
	}

	public static Map<URI, List<TextEdit>> edits(ResourceSet set, Actor keep, Actor remove, IQualifiedNameProvider names) {
		if (keep == remove) {
			throw new IllegalArgumentException("an actor cannot be merged into itself");
		}
		Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		ICompositeNode removed = NodeModelUtils.findActualNodeFor(remove);
		URI removedFile = remove.eResource().getURI();
		retarget(set, keep, remove, names, removed, removedFile, edits);
		addAliases(keep, remove, edits);
		delete(removed, removedFile, edits);
		return edits;
	}

	/** References to {@code remove} name {@code keep}: simply within its namespace, fully qualified elsewhere. */
	private static void retarget(ResourceSet set, Actor keep, Actor remove, IQualifiedNameProvider names,
			ICompositeNode removed, URI removedFile, Map<URI, List<TextEdit>> edits) {
		URI removeUri = EcoreUtil.getURI(remove);
		QualifiedName keepName = names.getFullyQualifiedName(keep);
		for (Resource resource : List.copyOf(set.getResources())) {
			if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
				continue;
			}
			for (INode node : xtext.getParseResult().getRootNode().getAsTreeIterable()) {
				if (!(node.getGrammarElement() instanceof CrossReference)) {
					continue;
				}
				EObject target = HELPER.getCrossReferencedElement(node);
				boolean toRemoved = target != null && (target == remove || EcoreUtil.getURI(target).equals(removeUri));
				boolean insideRemoved = resource.getURI().equals(removedFile) && node.getOffset() >= removed.getOffset()
						&& node.getEndOffset() <= removed.getEndOffset();
				if (toRemoved && !insideRemoved) {
					int[] range = tokenRange(node);
					edits.computeIfAbsent(resource.getURI(), f -> new ArrayList<>())
							.add(new TextEdit(range[0], range[1] - range[0], nameIn(xtext, keepName)));
				}
			}
		}
	}

	private static String nameIn(XtextResource resource, QualifiedName name) {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		String namespace = root instanceof RegioModel model ? model.getName() : null;
		return name.getSegmentCount() > 1 && name.skipLast(1).toString().equals(namespace) ? name.getLastSegment()
				: name.toString();
	}

	/** Offset and end of the visible tokens of a node, without the whitespace and comments before it. */
	private static int[] tokenRange(INode node) {
		int start = -1;
		int end = -1;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				start = start < 0 ? leaf.getOffset() : start;
				end = leaf.getEndOffset();
			}
		}
		return start < 0 ? new int[] {node.getOffset(), node.getEndOffset()} : new int[] {start, end};
	}

	/** The removed actor's title and aliases join the kept actor's aliases, without repeating a name it has. */
	private static void addAliases(Actor keep, Actor remove, Map<URI, List<TextEdit>> edits) {
		Set<String> known = new LinkedHashSet<>();
		known.add(normal(keep.getTitle()));
		known.add(normal(keep.getName()));
		keep.getAliases().forEach(a -> known.add(normal(a)));
		List<String> added = new ArrayList<>();
		List<String> candidates = new ArrayList<>();
		candidates.add(remove.getTitle());
		candidates.addAll(remove.getAliases());
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank() && known.add(normal(candidate))) {
				added.add(quote(candidate));
			}
		}
		if (added.isEmpty()) {
			return;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(keep);
		String text = ((XtextResource) keep.eResource()).getParseResult().getRootNode().getText();
		URI file = keep.eResource().getURI();
		List<TextEdit> fileEdits = edits.computeIfAbsent(file, f -> new ArrayList<>());
		if (!keep.getAliases().isEmpty()) {
			// after the last alias string: alias "A", "B" → alias "A", "B", "C"
			int end = lastAliasEnd(node, keep.getAliases().get(keep.getAliases().size() - 1));
			fileEdits.add(new TextEdit(end, 0, ", " + String.join(", ", added)));
			return;
		}
		int close = text.lastIndexOf('}', node.getEndOffset() - 1);
		if (close >= node.getOffset()) {
			int lineStart = text.lastIndexOf('\n', close - 1) + 1;
			String indent = text.substring(lineStart, close).isBlank() ? text.substring(lineStart, close) : "";
			String clause = indent + "\talias " + String.join(", ", added) + "\n";
			fileEdits.add(indent.isEmpty() && lineStart != close ? new TextEdit(close, 0, " alias " + String.join(", ",
					added) + " ") : new TextEdit(lineStart, 0, clause));
		} else {
			fileEdits.add(new TextEdit(node.getEndOffset(), 0, " {\n\talias " + String.join(", ", added) + "\n}"));
		}
	}

	private static int lastAliasEnd(ICompositeNode node, String lastAlias) {
		int end = -1;
		String literal = quote(lastAlias);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && (leaf.getText().equals(literal) || unquote(leaf.getText()).equals(lastAlias))) {
				end = leaf.getEndOffset();
			}
		}
		return end < 0 ? node.getEndOffset() : end;
	}

	/** Removes the declaration with the line break after it; comments before it stay where they are. */
	private static void delete(ICompositeNode removed, URI file, Map<URI, List<TextEdit>> edits) {
		String text = removed.getRootNode().getText();
		int[] range = tokenRange(removed);
		int end = range[1];
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		if (end < text.length() && text.charAt(end) == '\r') {
			end++;
		}
		if (end < text.length() && text.charAt(end) == '\n') {
			end++;
		}
		int start = range[0];
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		if (text.substring(lineStart, start).isBlank()) {
			start = lineStart;
		}
		edits.computeIfAbsent(file, f -> new ArrayList<>()).add(new TextEdit(start, end - start, ""));
	}

	private static String normal(String name) {
		return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
	}

	private static String quote(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String unquote(String literal) {
		return literal.length() >= 2 && literal.startsWith("\"") ? literal.substring(1, literal.length() - 1)
				.replace("\\\"", "\"").replace("\\\\", "\\") : literal;
	}
}
