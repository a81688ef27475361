package org.regionet.analysis.text;

import java.util.List;

/**
 * A name after normalisation: folded, without legal forms and stop words, abbreviations
 * expanded, compounds joined, tokens classified.
 */
public final class NormalizedName {

    private final String raw;
    private final String[] tokens;
    private final TokenKind[] kinds;
    private final String key;

    NormalizedName(String raw, List<String> tokens, TokenKind[] kinds) {
        this.raw = raw;
        this.tokens = tokens.toArray(new String[0]);
        this.kinds = kinds;
        this.key = String.join(" ", tokens);
    }

    /** The name as written. */
    public String raw() {
        return raw;
    }

    public int size() {
        return tokens.length;
    }

    public boolean isEmpty() {
        return tokens.length == 0;
    }

    public String token(int i) {
        return tokens[i];
    }

    public TokenKind kind(int i) {
        return kinds[i];
    }

    /** The normalised tokens joined by spaces; equal keys mean equal names. */
    public String key() {
        return key;
    }

    /** A copy of the tokens. */
    public String[] tokens() {
        return tokens.clone();
    }

    @Override
    public String toString() {
        return key;
    }
}
