package org.regionet.ui.editor.internal.highlight;

/** A range of text and the id of the style it is shown in. */
public record StyledRegion(int offset, int length, String style) {

	public int end() {
		return offset + length;
	}
}
