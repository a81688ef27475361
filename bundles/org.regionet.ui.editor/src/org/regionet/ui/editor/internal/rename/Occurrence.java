package org.regionet.ui.editor.internal.rename;

import org.eclipse.emf.common.util.URI;

/**
 * One place where an element's name is written: its declaration or a reference. {@code offset} and {@code length}
 * cover the simple name only, also in a qualified reference such as {@code nrw.IHK}.
 */
public record Occurrence(URI file, int offset, int length, int line, String lineText, boolean declaration) {
}
