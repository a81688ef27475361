package org.regionet.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The individual normalisation steps. Shared by {@link Lexicon} (which normalises its own
 * data files with the same steps, so data and names always meet in the same form) and
 * {@link NameNormalizer}.
 */
final class NamePipeline {

    static final String KREIS = "kreis";
    private static final int MAX_COMPOUND_PARTS = 4;

    private NamePipeline() {
    }

    /** Removes legal-form phrases (longest first), never at the start: a name does not begin with its legal form. */
    static List<String> removeLegalForms(List<String> tokens, Set<String> phrases, int maxLen) {
        if (phrases.isEmpty() || tokens.size() < 2) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        out.add(tokens.get(0));
        int i = 1;
        while (i < tokens.size()) {
            int matched = longestPhrase(tokens, i, maxLen, phrases);
            if (matched > 0) {
                i += matched;
            } else {
                out.add(tokens.get(i++));
            }
        }
        return out;
    }

    /** Removes stop words unless that would leave nothing. */
    static List<String> removeStopwords(List<String> tokens, Set<String> stopwords) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (!stopwords.contains(t)) {
                out.add(t);
            }
        }
        return out.isEmpty() ? tokens : out;
    }

    /** Splits "hochsauerlandkreis" into "hochsauerland kreis" so it meets "Kreis Hochsauerland". */
    static List<String> splitKreisSuffix(List<String> tokens, Set<String> keep) {
        List<String> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean split = t.length() >= KREIS.length() + 4 && t.endsWith(KREIS) && !keep.contains(t);
            if (split && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                if (split) {
                    out.add(t.substring(0, t.length() - KREIS.length()));
                    out.add(KREIS);
                } else {
                    out.add(t);
                }
            }
        }
        return out == null ? tokens : out;
    }

    /** Joins runs of adjacent tokens that form a known word ("handwerks kammer" -> "handwerkskammer"). */
    static List<String> mergeCompounds(List<String> tokens, Set<String> words) {
        if (tokens.size() < 2 || words.isEmpty()) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        int i = 0;
        StringBuilder sb = new StringBuilder();
        while (i < tokens.size()) {
            int best = 0;
            String bestWord = null;
            int maxEnd = Math.min(tokens.size(), i + MAX_COMPOUND_PARTS);
            for (int end = maxEnd; end >= i + 2; end--) {
                sb.setLength(0);
                for (int k = i; k < end; k++) {
                    sb.append(tokens.get(k));
                }
                String joined = sb.toString();
                if (words.contains(joined)) {
                    best = end - i;
                    bestWord = joined;
                    break;
                }
            }
            if (best > 0) {
                out.add(bestWord);
                i += best;
            } else {
                out.add(tokens.get(i++));
            }
        }
        return out;
    }

    /** Rewrites abbreviations and synonyms, longest variant first; replacements are not rewritten again. */
    static List<String> applySynonyms(List<String> tokens, Map<String, List<String>> rules, int maxLen) {
        if (rules.isEmpty()) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size() + 4);
        int i = 0;
        while (i < tokens.size()) {
            int len = Math.min(maxLen, tokens.size() - i);
            boolean replaced = false;
            for (; len >= 1; len--) {
                List<String> canonical = rules.get(join(tokens, i, i + len));
                if (canonical != null) {
                    out.addAll(canonical);
                    i += len;
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                out.add(tokens.get(i++));
            }
        }
        return out;
    }

    /** Drops repeated tokens, keeping the first occurrence ("IHK Aachen (IHK)"). */
    static List<String> distinct(List<String> tokens) {
        if (tokens.size() < 2) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static String join(List<String> tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(k));
        }
        return sb.toString();
    }

    private static int longestPhrase(List<String> tokens, int from, int maxLen, Set<String> phrases) {
        int len = Math.min(maxLen, tokens.size() - from);
        for (; len >= 1; len--) {
            if (phrases.contains(join(tokens, from, from + len))) {
                return len;
            }
        }
        return 0;
    }
}
