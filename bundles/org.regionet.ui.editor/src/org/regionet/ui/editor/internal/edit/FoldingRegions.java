package org.regionet.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.model.Committee;
import org.regionet.model.RegioModel;

/**
 * The foldable regions of a file: every element, meeting and block comment that spans more than one line,
 * extended to whole lines as a projection viewer needs them.
 */
public final class FoldingRegions {

	/** A foldable range of whole lines. */
	public record Fold(int offset, int length) {
	}

	private FoldingRegions() {
	}

	public static List<Fold> compute(XtextResource resource) {
		List<Fold> folds = new ArrayList<>();
		if (resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return folds;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() && leaf.getText().startsWith("/*")) {
				add(folds, text, leaf.getOffset(), leaf.getEndOffset());
			}
		}
		if (resource.getContents().get(0) instanceof RegioModel model) {
			for (EObject element : model.getElements()) {
				add(folds, text, element);
				if (element instanceof Committee committee) {
					committee.getMeetings().forEach(meeting -> add(folds, text, meeting));
				}
			}
		}
		folds.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return folds;
	}

	private static void add(List<Fold> folds, String text, EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		if (node != null) {
			add(folds, text, node.getOffset(), node.getEndOffset());
		}
	}

	private static void add(List<Fold> folds, String text, int start, int end) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
		if (start == 0) {
			lineStart = 0;
		}
		int lastBreak = text.indexOf('\n', Math.max(start, end - 1));
		int lineEnd = lastBreak < 0 ? text.length() : lastBreak + 1;
		if (text.substring(lineStart, Math.min(end, text.length())).indexOf('\n') >= 0) {
			folds.add(new Fold(lineStart, lineEnd - lineStart));
		}
	}
}
