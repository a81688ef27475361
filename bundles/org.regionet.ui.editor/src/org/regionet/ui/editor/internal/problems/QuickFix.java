package org.regionet.ui.editor.internal.problems;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;

/**
 * One way to fix a problem: a label for the user and a semantic edit of the model element at the problem. The
 * change serializer turns the edit into a minimal text change. A fix that changes several files brings its own
 * {@code runner} (file and offset of the problem) instead.
 */
public record QuickFix(String label, String description, Consumer<EObject> edit, BiConsumer<IFile, Integer> runner) {

	public QuickFix(String label, String description, Consumer<EObject> edit) {
		this(label, description, edit, null);
	}

	/** A fix that edits more than the element at the problem, e.g. every file of the project. */
	public static QuickFix across(String label, String description, BiConsumer<IFile, Integer> runner) {
		return new QuickFix(label, description, element -> { }, runner);
	}
}
