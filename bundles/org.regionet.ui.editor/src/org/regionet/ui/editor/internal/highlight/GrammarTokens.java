package org.regionet.ui.editor.internal.highlight;

import java.util.BitSet;

import org.regionet.dsl.ide.contentassist.antlr.internal.InternalRegioNetParser;

/**
 * Which token types of the generated lexer are keywords, dates or numbers, read from the token names the parser
 * generator wrote; so the colouring follows the grammar without a second list of keywords.
 */
public final class GrammarTokens {

	private static final BitSet KEYWORDS = new BitSet();
	private static final BitSet NUMBERS = new BitSet();

	static {
		String[] names = InternalRegioNetParser.tokenNames;
		for (int type = 0; type < names.length; type++) {
			String name = names[type];
			if (name.length() > 2 && name.startsWith("'") && name.endsWith("'")
					&& Character.isLetter(name.charAt(1))) {
				KEYWORDS.set(type);
			} else if (name.equals("RULE_INT") || name.equals("RULE_ISO_DATE")) {
				NUMBERS.set(type);
			}
		}
	}

	private GrammarTokens() {
	}

	/** The lexical style of a token type, or {@code null} for names, punctuation and white space. */
	public static String styleOf(int tokenType) {
		if (tokenType < 0) {
			return null;
		}
		if (KEYWORDS.get(tokenType)) {
			return LexicalStyles.KEYWORD;
		}
		if (NUMBERS.get(tokenType)) {
			return LexicalStyles.NUMBER;
		}
		return null;
	}

	/** Whether {@code word} is a keyword of the language (including enum literals such as {@code job-centre}). */
	public static boolean isKeyword(String word) {
		String quoted = "'" + word + "'";
		String[] names = InternalRegioNetParser.tokenNames;
		for (int type = KEYWORDS.nextSetBit(0); type >= 0; type = KEYWORDS.nextSetBit(type + 1)) {
			if (names[type].equals(quoted)) {
				return true;
			}
		}
		return false;
	}
}
