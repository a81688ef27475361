package org.regionet.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits German compounds into words the corpus also uses on their own, so "Ausbildungsmesse"
 * meets "Messe zur Ausbildung". Needs no dictionary: the vocabulary of the texts is the
 * dictionary. Splits at the longest known head, allows the linking "s"/"es"/"n", and splits the
 * remainder (the head noun) recursively.
 */
final class Decompounder {

    private static final int MIN_PART = 4;

    private final ToIntFunction<String> known;

    /** @param known the id of a standalone vocabulary word, or -1 */
    Decompounder(ToIntFunction<String> known) {
        this.known = known;
    }

    /** The part ids of {@code word}, or null if it is not a compound of known words. */
    int[] split(String word) {
        List<Integer> parts = new ArrayList<>(3);
        if (!split(word, parts, 0) || parts.size() < 2) {
            return null;
        }
        int[] out = new int[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parts.get(i);
        }
        return out;
    }

    private boolean split(String word, List<Integer> parts, int depth) {
        if (depth > 0) {
            int id = known.applyAsInt(word);
            if (id < 0 && word.length() >= MIN_PART) {
                id = known.applyAsInt(GermanLightStemmer.stem(word));
            }
            if (id >= 0) {
                parts.add(id);
                return true;
            }
        }
        if (depth > 3 || word.length() < 2 * MIN_PART) {
            return false;
        }
        for (int cut = word.length() - MIN_PART; cut >= MIN_PART; cut--) {
            String prefix = word.substring(0, cut);
            int head = known.applyAsInt(prefix);
            if (head < 0) {
                // Inside a compound the modifier keeps its ending: "wissenstransfer|konferenz".
                head = known.applyAsInt(GermanLightStemmer.stem(prefix));
            }
            if (head < 0) {
                continue;
            }
            String rest = word.substring(cut);
            int mark = parts.size();
            parts.add(head);
            if (split(rest, parts, depth + 1)) {
                return true;
            }
            for (String link : new String[] {"s", "es", "n", "en"}) {
                if (rest.length() - link.length() >= MIN_PART && rest.startsWith(link)
                        && split(rest.substring(link.length()), parts, depth + 1)) {
                    return true;
                }
            }
            while (parts.size() > mark) {
                parts.remove(parts.size() - 1);
            }
        }
        return false;
    }
}
