package org.regionet.analysis.text;

/**
 * Savoy's light German stemmer (the algorithm behind Lucene's {@code GermanLightStemmer},
 * which lives in lucene-analysis-common, not in lucene-core) on folded ASCII tokens. Folded
 * umlauts are collapsed first ("fachkraefte" -> "fachkrafte" -> "fachkraft") so singular and
 * umlaut plural meet.
 */
public final class GermanLightStemmer {

    private GermanLightStemmer() {
    }

    /** Stems a folded lower-case token. */
    public static String stem(String token) {
        char[] s = collapseUmlauts(token);
        int len = s.length;
        len = step1(s, len);
        len = step2(s, len);
        return new String(s, 0, len);
    }

    private static char[] collapseUmlauts(String t) {
        char[] out = new char[t.length()];
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'e' && n > 0 && i > 0 && (out[n - 1] == 'a' || out[n - 1] == 'o' || out[n - 1] == 'u')
                    && t.charAt(i - 1) == out[n - 1] && !(out[n - 1] == 'u' && n > 1 && out[n - 2] == 'e')) {
                // "ae", "oe", "ue" were umlauts; "eue" (neue, steuer) was not.
                continue;
            }
            out[n++] = c;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static boolean stEnding(char ch) {
        return switch (ch) {
            case 'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 't' -> true;
            default -> false;
        };
    }

    private static int step1(char[] s, int len) {
        if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 'r' && s[len - 1] == 'n') {
            return len - 3;
        }
        if (len > 4 && s[len - 2] == 'e') {
            switch (s[len - 1]) {
                case 'm', 'n', 'r', 's':
                    return len - 2;
                default:
                    break;
            }
        }
        if (len > 3 && s[len - 1] == 'e') {
            return len - 1;
        }
        if (len > 3 && s[len - 1] == 's' && stEnding(s[len - 2])) {
            return len - 1;
        }
        return len;
    }

    private static int step2(char[] s, int len) {
        if (len > 5 && s[len - 3] == 'e' && s[len - 2] == 's' && s[len - 1] == 't') {
            return len - 3;
        }
        if (len > 4 && s[len - 2] == 'e' && (s[len - 1] == 'r' || s[len - 1] == 'n')) {
            return len - 2;
        }
        if (len > 4 && s[len - 2] == 's' && s[len - 1] == 't' && stEnding(s[len - 3])) {
            return len - 2;
        }
        return len;
    }
}
