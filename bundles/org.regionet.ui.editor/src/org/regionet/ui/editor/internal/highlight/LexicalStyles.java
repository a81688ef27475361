package org.regionet.ui.editor.internal.highlight;

/** Style ids of the lexical colouring; the semantic ones come from {@code HighlightingStyles} of the IDE bundle. */
public final class LexicalStyles {

	public static final String KEYWORD = "regionet.keyword";
	public static final String COMMENT = "regionet.comment";
	public static final String STRING = "regionet.string";
	public static final String NUMBER = "regionet.number";

	private LexicalStyles() {
	}
}
