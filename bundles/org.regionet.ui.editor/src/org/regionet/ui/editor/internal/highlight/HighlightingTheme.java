package org.regionet.ui.editor.internal.highlight;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.regionet.dsl.ide.highlighting.HighlightingStyles;

/**
 * Colours and font styles of every style id, chosen for contrast on the light theme's white editor background
 * (all foregrounds reach at least 4.5:1 against white).
 */
public final class HighlightingTheme {

	private final Map<String, TextAttribute> attributes = new HashMap<>();
	private final Map<String, IToken> tokens = new HashMap<>();

	public HighlightingTheme() {
		define(LexicalStyles.KEYWORD, new RGB(0x7F, 0x00, 0x55), SWT.BOLD);
		define(LexicalStyles.COMMENT, new RGB(0x3F, 0x7F, 0x5F), SWT.NORMAL);
		define(LexicalStyles.STRING, new RGB(0x2A, 0x00, 0xFF), SWT.NORMAL);
		define(LexicalStyles.NUMBER, new RGB(0x5D, 0x40, 0x37), SWT.NORMAL);
		define(HighlightingStyles.DECLARATION, new RGB(0x00, 0x00, 0x00), SWT.BOLD);
		define(HighlightingStyles.ACTOR, new RGB(0x9A, 0x4A, 0x1E), SWT.NORMAL);
		define(HighlightingStyles.REGION, new RGB(0x00, 0x5F, 0x87), SWT.NORMAL);
		define(HighlightingStyles.COMMITTEE, new RGB(0xA8, 0x4F, 0x00), SWT.NORMAL);
		define(HighlightingStyles.FIELD, new RGB(0x00, 0x6E, 0x5F), SWT.NORMAL);
		define(HighlightingStyles.TARGET_GROUP, new RGB(0x6A, 0x1B, 0x9A), SWT.NORMAL);
		define(HighlightingStyles.ACTIVITY, new RGB(0x1A, 0x23, 0x7E), SWT.NORMAL);
		define(HighlightingStyles.OTHER_REFERENCE, new RGB(0x45, 0x5A, 0x64), SWT.NORMAL);
		define(HighlightingStyles.DATE, new RGB(0x5D, 0x40, 0x37), SWT.NORMAL);
		define(HighlightingStyles.ENUM_VALUE, new RGB(0xAD, 0x14, 0x57), SWT.ITALIC);
	}

	private void define(String style, RGB rgb, int fontStyle) {
		TextAttribute attribute = new TextAttribute(new Color(rgb), null, fontStyle);
		attributes.put(style, attribute);
		tokens.put(style, new Token(attribute));
	}

	/** The token for a style id, {@code null} for unknown ids (shown as plain text). */
	public IToken token(String style) {
		return tokens.get(style);
	}

	public TextAttribute attribute(String style) {
		return attributes.get(style);
	}

	/** A style range for a region of text, or {@code null} for unknown style ids. */
	public StyleRange styleRange(int offset, int length, String style) {
		TextAttribute attribute = attributes.get(style);
		if (attribute == null) {
			return null;
		}
		return new StyleRange(offset, length, attribute.getForeground(), null, attribute.getStyle());
	}
}
