package org.regionet.ui.editor.internal.navigate;

import org.eclipse.emf.common.util.URI;

/** Where an element is declared: its file and the range of its name. */
public record Target(URI file, int offset, int length) {
}
