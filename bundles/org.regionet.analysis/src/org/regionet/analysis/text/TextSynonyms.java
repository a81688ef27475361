package org.regionet.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonym rules for activity texts ("Runder Tisch" = "Netzwerk"), applied to folded tokens,
 * longest variant first. A set of phrase starts keeps the common case — no rule starts here —
 * to one hash lookup per token.
 */
final class TextSynonyms {

    private final Map<String, List<String>> rules = new HashMap<>();
    private final Set<String> starts = new HashSet<>();
    private int maxLen = 1;

    TextSynonyms(List<String> lines) {
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new IllegalArgumentException("Text synonym rule must read 'variant = canonical': " + line);
            }
            List<String> variant = Folding.tokens(line.substring(0, eq));
            List<String> canonical = Folding.tokens(line.substring(eq + 1));
            if (variant.isEmpty() || canonical.isEmpty() || variant.equals(canonical)) {
                continue;
            }
            rules.put(String.join(" ", variant), List.copyOf(canonical));
            starts.add(variant.get(0));
            maxLen = Math.max(maxLen, variant.size());
        }
    }

    /**
     * The canonical stem for a single stemmed word, or null: compound parts ("...plattform")
     * are found after stemming and decompounding, so single-word rules apply to stems too.
     */
    String canonicalStem(String stem) {
        return stemmed().get(stem);
    }

    private volatile Map<String, String> stemmed;

    private Map<String, String> stemmed() {
        Map<String, String> m = stemmed;
        if (m == null) {
            m = new HashMap<>();
            for (Map.Entry<String, List<String>> r : rules.entrySet()) {
                if (!r.getKey().contains(" ") && r.getValue().size() == 1) {
                    m.put(GermanLightStemmer.stem(r.getKey()), GermanLightStemmer.stem(r.getValue().get(0)));
                }
            }
            stemmed = m;
        }
        return m;
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    List<String> apply(List<String> tokens) {
        if (rules.isEmpty()) {
            return tokens;
        }
        List<String> out = null;
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            int matched = 0;
            List<String> canonical = null;
            if (starts.contains(t)) {
                for (int len = Math.min(maxLen, tokens.size() - i); len >= 1 && canonical == null; len--) {
                    canonical = rules.get(NamePipeline.join(tokens, i, i + len));
                    matched = len;
                }
            }
            if (canonical != null) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.addAll(canonical);
                i += matched;
            } else {
                if (out != null) {
                    out.add(t);
                }
                i++;
            }
        }
        return out == null ? tokens : out;
    }
}
