package org.regionet.analysis.text;

import java.util.List;

/**
 * Normalises German organisation names so that spelling variants of one body meet:
 * case and umlauts/ß are folded, legal forms and stop words dropped, "...kreis" split,
 * split compounds joined, abbreviations expanded, repeated tokens removed.
 * Thread-safe.
 */
public final class NameNormalizer {

    private final Lexicon lexicon;

    public NameNormalizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Normalises a display name or alias. */
    public NormalizedName normalize(String name) {
        List<String> t = tokens(name);
        TokenKind[] kinds = new TokenKind[t.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = classify(t.get(i));
        }
        return new NormalizedName(name == null ? "" : name, t, kinds);
    }

    /** Normalises a model identifier such as {@code ihkAachen}; used when an element has no title. */
    public NormalizedName normalizeIdentifier(String id) {
        NormalizedName n = normalize(Folding.splitIdentifier(id));
        return new NormalizedName(id == null ? "" : id, List.of(n.tokens()), kindsOf(n));
    }

    /** The normalised tokens of {@code name}. */
    public List<String> tokens(String name) {
        List<String> t = Folding.tokens(name);
        t = NamePipeline.removeLegalForms(t, lexicon.legalForms, lexicon.maxLegalTokens);
        t = NamePipeline.removeStopwords(t, lexicon.stopwords);
        t = NamePipeline.splitKreisSuffix(t, lexicon.splitGuard);
        t = NamePipeline.mergeCompounds(t, lexicon.compoundWords);
        t = NamePipeline.applySynonyms(t, lexicon.synonyms, lexicon.maxSynonymTokens);
        return NamePipeline.distinct(t);
    }

    /** Classifies one normalised token. */
    public TokenKind classify(String token) {
        if (isNumber(token)) {
            return TokenKind.NUMBER;
        }
        if (lexicon.isPlace(token)) {
            return TokenKind.PLACE;
        }
        if (lexicon.isDesignator(token)) {
            return TokenKind.DESIGNATOR;
        }
        return TokenKind.WORD;
    }

    private static TokenKind[] kindsOf(NormalizedName n) {
        TokenKind[] k = new TokenKind[n.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = n.kind(i);
        }
        return k;
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !token.isEmpty();
    }
}
