package org.regionet.ui.editor.internal.highlight;

import java.util.function.Function;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.regionet.dsl.ide.contentassist.antlr.internal.InternalRegioNetLexer;

/**
 * Colours the code partition with the language's own generated lexer, so keywords, dates and names are split
 * exactly as the parser splits them. Comments and strings are separate partitions, so every line start inside this
 * partition is a token boundary and the lexer can start anywhere the damager asks it to.
 */
public class AntlrTokenScanner implements ITokenScanner {

	private final Function<String, IToken> tokens;
	private InternalRegioNetLexer lexer;
	private int base;
	private int tokenOffset;
	private int tokenLength;

	/** @param tokens the token to return for a style id; {@code null} ids mean default text */
	public AntlrTokenScanner(Function<String, IToken> tokens) {
		this.tokens = tokens;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text;
		try {
			text = document.get(offset, length);
		} catch (BadLocationException e) {
			text = "";
		}
		base = offset;
		lexer = new InternalRegioNetLexer(new ANTLRStringStream(text));
	}

	@Override
	public IToken nextToken() {
		org.antlr.runtime.Token token = lexer.nextToken();
		if (token == null || token.getType() == org.antlr.runtime.Token.EOF) {
			return Token.EOF;
		}
		CommonToken common = (CommonToken) token;
		tokenOffset = base + common.getStartIndex();
		tokenLength = common.getStopIndex() - common.getStartIndex() + 1;
		String style = GrammarTokens.styleOf(token.getType());
		IToken result = style == null ? null : tokens.apply(style);
		return result == null ? Token.UNDEFINED : result;
	}

	@Override
	public int getTokenOffset() {
		return tokenOffset;
	}

	@Override
	public int getTokenLength() {
		return tokenLength;
	}
}
