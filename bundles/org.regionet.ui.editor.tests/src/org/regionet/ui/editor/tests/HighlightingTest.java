package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.TextUtilities;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.highlight.AntlrTokenScanner;
import org.regionet.ui.editor.internal.highlight.GrammarTokens;
import org.regionet.ui.editor.internal.highlight.LexicalStyles;
import org.regionet.ui.editor.internal.highlight.RegioPartitions;
import org.regionet.ui.editor.internal.highlight.SemanticHighlights;
import org.regionet.ui.editor.internal.highlight.StyledRegion;

/** Lexical colouring splits code, comments and strings and colours keywords and dates like the parser sees them. */
class HighlightingTest {

	/** The style of every token the scanner returns for the whole document, by token text. */
	private static Map<String, String> scan(String text) {
		Document document = new Document(text);
		AntlrTokenScanner scanner = new AntlrTokenScanner(style -> new Token(style));
		scanner.setRange(document, 0, text.length());
		Map<String, String> styles = new LinkedHashMap<>();
		for (IToken token = scanner.nextToken(); !token.isEOF(); token = scanner.nextToken()) {
			String word = text.substring(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
			styles.put(word, token.isUndefined() ? null : (String) token.getData());
		}
		return styles;
	}

	@Test
	void keywordsEnumLiteralsAndDatesAreTokensOfTheGrammar() {
		Map<String, String> styles = scan("target-group Jugend\nactor X { kind job-centre } period 2023-02 .. 2024");
		assertEquals(LexicalStyles.KEYWORD, styles.get("target-group"));
		assertEquals(LexicalStyles.KEYWORD, styles.get("actor"));
		assertEquals(LexicalStyles.KEYWORD, styles.get("job-centre"));
		assertEquals(LexicalStyles.NUMBER, styles.get("2023-02"));
		assertEquals(LexicalStyles.NUMBER, styles.get("2024"));
		assertNull(styles.get("Jugend"));
		assertNull(styles.get("{"));
		assertEquals(true, GrammarTokens.isKeyword("partners"));
		assertEquals(false, GrammarTokens.isKeyword("Jugend"));
	}

	@Test
	void scanningCanStartInTheMiddleOfTheDocument() {
		String text = "actor X\nlead Y";
		Document document = new Document(text);
		AntlrTokenScanner scanner = new AntlrTokenScanner(style -> new Token(style));
		scanner.setRange(document, 8, 6);
		IToken first = scanner.nextToken();
		assertEquals(LexicalStyles.KEYWORD, first.getData());
		assertEquals(8, scanner.getTokenOffset());
		assertEquals(4, scanner.getTokenLength());
	}

	@Test
	void commentsAndStringsArePartitionsOfTheirOwn() throws Exception {
		String text = "actor X \"a // not a comment\" // comment\n/* block\n \"x\" */ region Y 'single'";
		IDocument document = new Document(text);
		RegioPartitions.install(document);
		List<String> parts = new ArrayList<>();
		for (ITypedRegion region : TextUtilities.computePartitioning(document, RegioPartitions.PARTITIONING, 0,
				text.length(), false)) {
			parts.add(region.getType() + ":" + text.substring(region.getOffset(), region.getOffset() + region.getLength()));
		}
		assertEquals(List.of(IDocument.DEFAULT_CONTENT_TYPE + ":actor X ",
				RegioPartitions.STRING + ":\"a // not a comment\"", IDocument.DEFAULT_CONTENT_TYPE + ": ",
				RegioPartitions.COMMENT + ":// comment\n", RegioPartitions.COMMENT + ":/* block\n \"x\" */",
				IDocument.DEFAULT_CONTENT_TYPE + ": region Y ", RegioPartitions.STRING + ":'single'"), parts);
	}

	@Test
	void overlappingSemanticRegionsAreCut() {
		List<StyledRegion> regions = List.of(new StyledRegion(10, 5, "b"), new StyledRegion(0, 12, "a"),
				new StyledRegion(2, 3, "c"));
		assertEquals(List.of(new StyledRegion(0, 12, "a"), new StyledRegion(12, 3, "b")), SemanticHighlights.withoutOverlaps(regions));
	}

	@Test
	void onlyTheChangedRangeIsRepainted() {
		List<StyledRegion> before = List.of(new StyledRegion(0, 3, "a"), new StyledRegion(10, 3, "b"),
				new StyledRegion(20, 3, "c"));
		List<StyledRegion> after = List.of(new StyledRegion(0, 3, "a"), new StyledRegion(10, 4, "x"),
				new StyledRegion(20, 3, "c"));
		assertArrayEquals(new int[] { 10, 4 }, SemanticHighlights.changedRange(before, after));
		assertNull(SemanticHighlights.changedRange(before, before));
		assertArrayEquals(new int[] { 20, 3 }, SemanticHighlights.changedRange(before, before.subList(0, 2)));
	}
}
