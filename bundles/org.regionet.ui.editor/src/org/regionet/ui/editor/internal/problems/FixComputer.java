package org.regionet.ui.editor.internal.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.ui.editor.internal.edit.TextEdit;

import com.google.inject.Injector;

/**
 * Runs a quick fix's model edit on the element at the problem and records it with the change serializer, which
 * yields minimal text edits that keep comments and formatting. The edit changes the resource in memory, so the
 * caller must have the resource parsed again afterwards.
 */
public final class FixComputer {

	private FixComputer() {
	}

	public static List<TextEdit> compute(Injector injector, XtextResource resource, int offset, QuickFix fix) {
		EObject context = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
		if (context == null) {
			context = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		}
		if (context == null) {
			return List.of();
		}
		EObject target = context;
		IChangeSerializer serializer = injector.getInstance(IChangeSerializer.class);
		serializer.setUpdateRelatedFiles(false);
		serializer.addModification(resource, r -> fix.edit().accept(target));
		List<TextEdit> edits = new ArrayList<>();
		serializer.applyModifications(change -> {
			if (change instanceof ITextDocumentChange document && document.getOldURI().equals(resource.getURI())) {
				for (ITextReplacement replacement : document.getReplacements()) {
					edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(),
							replacement.getReplacementText()));
				}
			}
		});
		return edits;
	}
}
