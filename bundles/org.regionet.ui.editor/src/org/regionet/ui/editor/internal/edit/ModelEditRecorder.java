package org.regionet.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;

import com.google.inject.Injector;

/**
 * Records a change of one file's EMF model with Xtext's change serializer and returns it as minimal text edits, so
 * comments and formatting outside the changed element stay as they are. The model is changed in memory: the caller
 * must have the file parsed again afterwards.
 */
public final class ModelEditRecorder {

	/** The edits by file, or why the change was refused. */
	public record Outcome(Map<URI, List<TextEdit>> edits, String refusal) {

		public boolean done() {
			return refusal == null;
		}
	}

	private ModelEditRecorder() {
	}

	/**
	 * Runs {@code change} on the models of {@code resources} (the files it changes); the change returns {@code null} when it did its work or
	 * the reason it refused (having left the model as it was).
	 */
	public static Outcome record(Injector injector, List<? extends Resource> resources, Supplier<String> change) {
		IChangeSerializer serializer = injector.getInstance(IChangeSerializer.class);
		serializer.setUpdateRelatedFiles(false);
		String[] refusal = {null};
		// the change runs once, when the first resource's modification runs; the others only record
		for (int i = 0; i < resources.size(); i++) {
			boolean first = i == 0;
			serializer.addModification(resources.get(i), r -> {
				if (first) {
					refusal[0] = change.get();
				}
			});
		}
		Map<URI, List<TextEdit>> edits = new LinkedHashMap<>();
		try {
			serializer.applyModifications(recorded -> {
				if (recorded instanceof ITextDocumentChange document && refusal[0] == null) {
					for (ITextReplacement replacement : document.getReplacements()) {
						edits.computeIfAbsent(document.getOldURI(), u -> new ArrayList<>()).add(new TextEdit(
								replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
					}
				}
			});
		} catch (RuntimeException e) {
			// the serializer cannot write what the model now holds: refuse rather than write broken text
			return new Outcome(Map.of(), e.getMessage() == null ? e.toString() : e.getMessage());
		}
		if (refusal[0] != null) {
			return new Outcome(Map.of(), refusal[0]);
		}
		edits.replaceAll((uri, list) -> minimal(list, textOf(resources, uri)));
		return new Outcome(edits, null);
	}

	/**
	 * The serializer re-serializes an element whose list changed (for the root, the whole file) and formats it, which
	 * may also re-space lines nothing changed; the line diff of before and after keeps only what changed.
	 */
	private static List<TextEdit> minimal(List<TextEdit> edits, String before) {
		return before == null ? edits : LineDiff.edits(before, DocumentEdits.applyTo(before, edits));
	}

	private static String textOf(List<? extends Resource> resources, URI uri) {
		for (Resource resource : resources) {
			if (resource.getURI().equals(uri) && resource instanceof org.eclipse.xtext.resource.XtextResource xtext
					&& xtext.getParseResult() != null) {
				return xtext.getParseResult().getRootNode().getText();
			}
		}
		return null;
	}
}
