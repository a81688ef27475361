package org.regionet.ui.editor.internal.problems;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;

/**
 * One way to fix a problem: a label for the user and a semantic edit of the model element at the problem. The
 * change serializer turns the edit into a minimal text change.
 */
public record QuickFix(String label, String description, Consumer<EObject> edit) {
}
