package org.regionet.ui.editor.internal.rename;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.navigate.ElementLocator;
import org.regionet.ui.editor.internal.navigate.Target;

/**
 * Finds every occurrence of an element in all files of a resource set, the basis of Find References and Rename.
 * A reference counts when it resolves to the element, so a name that merely looks the same elsewhere is left alone.
 */
public final class Occurrences {

	private static final EObjectAtOffsetHelper HELPER = new EObjectAtOffsetHelper();

	private Occurrences() {
	}

	/** The declaration first, then the references in file and text order. */
	public static List<Occurrence> of(ResourceSet resourceSet, EObject element, String name) {
		List<Occurrence> occurrences = new ArrayList<>();
		Target declaration = ElementLocator.targetOf(element);
		if (declaration != null) {
			XtextResource file = (XtextResource) element.eResource();
			occurrences.add(occurrence(file, declaration.offset(), declaration.length(), true));
		}
		URI elementUri = EcoreUtil.getURI(element);
		List<Occurrence> references = new ArrayList<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
				continue;
			}
			for (INode node : xtext.getParseResult().getRootNode().getAsTreeIterable()) {
				if (node.getGrammarElement() instanceof CrossReference) {
					EObject target = HELPER.getCrossReferencedElement(node);
					if (target != null && (target == element || EcoreUtil.getURI(target).equals(elementUri))) {
						String text = NodeModelUtils.getTokenText(node);
						int start = node.getOffset() + text.lastIndexOf('.') + 1;
						if (text.endsWith(name)) {
							references.add(occurrence(xtext, start, name.length(), false));
						}
					}
				}
			}
		}
		references.sort(Comparator.comparing((Occurrence o) -> o.file().toString()).thenComparingInt(Occurrence::offset));
		occurrences.addAll(references);
		return occurrences;
	}

	private static Occurrence occurrence(XtextResource resource, int offset, int length, boolean declaration) {
		String text = resource.getParseResult().getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		if (offset == 0) {
			lineStart = 0;
		}
		int lineEnd = text.indexOf('\n', offset);
		String lineText = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
		return new Occurrence(resource.getURI(), offset, length, line, lineText, declaration);
	}

	/** The edits that rename every occurrence, by file. */
	public static Map<URI, List<TextEdit>> renameEdits(List<Occurrence> occurrences, String newName) {
		Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		for (Occurrence occurrence : occurrences) {
			edits.computeIfAbsent(occurrence.file(), f -> new ArrayList<>())
					.add(new TextEdit(occurrence.offset(), occurrence.length(), newName));
		}
		return edits;
	}
}
