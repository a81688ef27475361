package org.regionet.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds German text to lower-case ASCII tokens: umlauts become ae/oe/ue, ß becomes ss,
 * other diacritics are dropped, and every other character separates tokens.
 * Folding umlauts (rather than stripping them) keeps "Muenster" and "Münster" equal.
 */
public final class Folding {

    private Folding() {
    }

    /** Splits {@code text} into folded tokens; never returns null. */
    public static List<String> tokens(CharSequence text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!appendFolded(c, token)) {
                flush(token, out);
            }
        }
        flush(token, out);
        return out;
    }

    /** Folds {@code text} to its tokens joined by single spaces. */
    public static String fold(CharSequence text) {
        return String.join(" ", tokens(text));
    }

    /**
     * Splits camel case and underscores in model identifiers ("ihkAachen" -> "ihk Aachen").
     * Only used for identifiers: display names such as "StädteRegion" are written that way on purpose.
     */
    public static String splitIdentifier(String id) {
        if (id == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(id.length() + 4);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '_' || c == '.') {
                sb.append(' ');
                continue;
            }
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(id.charAt(i - 1))) {
                sb.append(' ');
            } else if (i > 0 && Character.isDigit(c) != Character.isDigit(id.charAt(i - 1))) {
                sb.append(' ');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static void flush(StringBuilder token, List<String> out) {
        if (token.length() > 0) {
            out.add(token.toString());
            token.setLength(0);
        }
    }

    /** Appends the folded form of {@code c}; returns false if {@code c} separates tokens. */
    static boolean appendFolded(char c, StringBuilder out) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            out.append(c);
            return true;
        }
        if (c >= 'A' && c <= 'Z') {
            out.append((char) (c + 32));
            return true;
        }
        if (c < 128) {
            return false;
        }
        switch (c) {
            case 'ä', 'Ä' -> out.append("ae");
            case 'ö', 'Ö' -> out.append("oe");
            case 'ü', 'Ü' -> out.append("ue");
            case 'ß', 'ẞ' -> out.append("ss");
            case 'æ', 'Æ' -> out.append("ae");
            case 'ø', 'Ø' -> out.append("oe");
            default -> {
                if (!Character.isLetterOrDigit(c)) {
                    return false;
                }
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                int before = out.length();
                for (int i = 0; i < decomposed.length(); i++) {
                    char d = decomposed.charAt(i);
                    if (d >= 'a' && d <= 'z') {
                        out.append(d);
                    } else if (d >= 'A' && d <= 'Z') {
                        out.append((char) (d + 32));
                    }
                }
                if (out.length() == before) {
                    // Non-Latin letter: keep it, lower-cased, rather than lose it.
                    out.append(Character.toLowerCase(c));
                }
            }
        }
        return true;
    }
}
