package org.regionet.ui.navigator.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where in the text a simple attribute's value goes: over the old value, removed with its keyword, or inserted
 * with its keyword after the last part the grammar writes before it (opening the element's block if it has
 * none). Only the value's own characters change; comments and the rest of the layout stay as they are.
 */
final class TextPlacement {

	private final String text;
	private final EObject element;
	private final SimpleAttribute attribute;
	private final GrammarFacts facts;
	private final INode elementNode;
	private final List<ILeafNode> leaves = new ArrayList<>();
	private final String newline;

	private TextPlacement(String text, EObject element, SimpleAttribute attribute) {
		this.text = text;
		this.element = element;
		this.attribute = attribute;
		this.facts = attribute.facts();
		this.elementNode = NodeModelUtils.getNode(element);
		this.newline = text.contains("\r\n") ? "\r\n" : "\n"; // the file's own line ends
		for (ILeafNode leaf : elementNode.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				leaves.add(leaf);
			}
		}
	}

	/** The replacement that writes {@code written} (null: removes the attribute), or null if nothing changes. */
	static Replacement of(String text, EObject element, SimpleAttribute attribute, String written) {
		return new TextPlacement(text, element, attribute).place(written);
	}

	private Replacement place(String written) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, attribute.attribute());
		if (!nodes.isEmpty()) {
			INode value = nodes.get(0);
			return written == null ? remove(value) : new Replacement(value.getOffset(), value.getLength(), written);
		}
		return written == null ? null : insert(written);
	}

	private Replacement insert(String written) {
		StringBuilder content = new StringBuilder();
		for (Keyword keyword : facts.keywordsBefore()) {
			content.append(keyword.getValue()).append(' ');
		}
		content.append(written);
		String indent = indentOf(leaves.get(0).getOffset());
		Keyword opening = facts.blockOpening();
		ILeafNode brace = opening == null ? null : leafOf(opening);
		if (opening != null && brace == null) {
			int at = endOfLastBefore(facts.positionOf(opening));
			return new Replacement(at, 0, " {" + newline + indent + "\t" + content + newline + indent + "}");
		}
		int at = endOfLastBefore(facts.position());
		if (brace == null || !text.substring(brace.getOffset(), closingOffset(brace)).contains("\n")) {
			return new Replacement(at, 0, " " + content);
		}
		int lineEnd = lineEnd(at);
		if (onlyHiddenUntil(at, lineEnd)) {
			at = lineEnd; // keeps a comment after the anchor on its line
		}
		return new Replacement(at, 0, newline + innerIndent(brace, indent) + content);
	}

	private Replacement remove(INode value) {
		int start = value.getOffset();
		int end = value.getEndOffset();
		List<Keyword> keywords = facts.keywordsBefore();
		int index = indexOfLeafAt(start);
		for (int i = keywords.size() - 1; i >= 0 && index > 0; i--) {
			ILeafNode before = leaves.get(index - 1);
			if (before.getGrammarElement() instanceof Keyword k && k.getValue().equals(keywords.get(i).getValue())) {
				start = before.getOffset();
				index--;
			}
		}
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = lineEnd(end);
		if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
			int next = text.indexOf('\n', lineEnd);
			return new Replacement(lineStart, (next < 0 ? text.length() : next + 1) - lineStart, "");
		}
		int from = start;
		while (from > lineStart && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
			from--;
		}
		if (from == lineStart) { // the value starts the line: take the blanks after it instead
			from = start;
			while (end < lineEnd && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
				end++;
			}
		}
		return new Replacement(from, end - from, "");
	}

	private ILeafNode leafOf(Keyword keyword) {
		int position = facts.positionOf(keyword);
		for (ILeafNode leaf : leaves) {
			if (leaf.getGrammarElement() instanceof Keyword && facts.positionOf(leaf, elementNode) == position) {
				return leaf;
			}
		}
		return null;
	}

	/** End of the last part of the element, in text order, that the grammar writes before {@code position}. */
	private int endOfLastBefore(int position) {
		int end = leaves.get(0).getEndOffset();
		for (ILeafNode leaf : leaves) {
			int at = facts.positionOf(leaf, elementNode);
			if (at >= 0 && at < position) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	private int closingOffset(ILeafNode brace) {
		int depth = 0;
		for (ILeafNode leaf : leaves) {
			if (leaf.getOffset() < brace.getOffset()) {
				continue;
			}
			String token = leaf.getText();
			depth += "{".equals(token) ? 1 : "}".equals(token) ? -1 : 0;
			if (depth == 0) {
				return leaf.getOffset();
			}
		}
		return text.length();
	}

	/** The indentation of the block's first inner line, or one tab more than the element's. */
	private String innerIndent(ILeafNode brace, String indent) {
		for (ILeafNode leaf : leaves) {
			if (leaf.getOffset() > brace.getOffset()) {
				boolean ownLine = text.substring(brace.getEndOffset(), leaf.getOffset()).contains("\n");
				return ownLine && !"}".equals(leaf.getText()) ? indentOf(leaf.getOffset()) : indent + "\t";
			}
		}
		return indent + "\t";
	}

	private String indentOf(int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		int end = lineStart;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(lineStart, end);
	}

	private int lineEnd(int offset) {
		int at = text.indexOf('\n', offset);
		if (at < 0) {
			return text.length();
		}
		return at > 0 && text.charAt(at - 1) == '\r' ? at - 1 : at;
	}

	/** Whether only blanks and comments that end with the line lie between the two offsets. */
	private boolean onlyHiddenUntil(int from, int lineEnd) {
		for (ILeafNode leaf : elementNode.getRootNode().getLeafNodes()) {
			if (leaf.getEndOffset() <= from || leaf.getOffset() >= lineEnd) {
				continue;
			}
			if (!leaf.isHidden() || leaf.getText().startsWith("/*") && leaf.getEndOffset() > lineEnd) {
				return false;
			}
		}
		return true;
	}

	private int indexOfLeafAt(int offset) {
		for (int i = 0; i < leaves.size(); i++) {
			if (leaves.get(i).getOffset() >= offset) {
				return i;
			}
		}
		return leaves.size();
	}
}
