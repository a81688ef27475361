package org.regionet.ui.editor.internal.rename;

import java.util.List;
import java.util.Set;

/**
 * What a rename starts from, found in the model: the element's current name and kind, where it occurs, and the
 * names already taken in its namespace.
 */
public record RenameTarget(String name, String kind, List<Occurrence> occurrences, Set<String> taken) {
}
