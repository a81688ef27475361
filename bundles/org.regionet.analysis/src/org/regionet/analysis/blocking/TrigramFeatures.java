package org.regionet.analysis.blocking;

import java.util.Arrays;
import java.util.List;

import org.regionet.analysis.internal.IntList;

/**
 * Character trigrams of normalised name tokens as int codes, ranked by corpus frequency.
 * Trigrams are taken per token, without padding, so word order does not matter and a split
 * compound ("handwerks kammer") shares almost all trigrams with the joined one. Tokens shorter
 * than three letters become one feature each.
 */
public final class TrigramFeatures {

    private static final int PAD = 63;
    private static final int CODES = 1 << 18;

    private TrigramFeatures() {
    }

    /** Distinct trigram codes of the tokens, unsorted. */
    public static int[] codes(List<String> tokens) {
        IntList out = new IntList(24);
        for (String t : tokens) {
            int n = t.length();
            if (n < 3) {
                int c1 = n > 0 ? code(t.charAt(0)) : PAD;
                int c2 = n > 1 ? code(t.charAt(1)) : PAD;
                out.add(c1 << 12 | c2 << 6 | PAD);
                continue;
            }
            for (int i = 0; i + 3 <= n; i++) {
                out.add(code(t.charAt(i)) << 12 | code(t.charAt(i + 1)) << 6 | code(t.charAt(i + 2)));
            }
        }
        return out.toSortedSet();
    }

    /**
     * Replaces codes by frequency ranks (rarest first, ties by code) in place and sorts each
     * entry, as prefix filtering requires a global order with rare features first.
     */
    public static void rank(int[][] entries) {
        int[] freq = new int[CODES];
        for (int[] e : entries) {
            for (int c : e) {
                freq[c]++;
            }
        }
        int used = 0;
        for (int f : freq) {
            if (f > 0) {
                used++;
            }
        }
        long[] keyed = new long[used];
        int k = 0;
        for (int c = 0; c < CODES; c++) {
            if (freq[c] > 0) {
                keyed[k++] = (long) freq[c] << 20 | c;
            }
        }
        Arrays.sort(keyed);
        int[] rank = new int[CODES];
        for (int r = 0; r < keyed.length; r++) {
            rank[(int) (keyed[r] & 0xFFFFF)] = r;
        }
        for (int[] e : entries) {
            for (int i = 0; i < e.length; i++) {
                e[i] = rank[e[i]];
            }
            Arrays.sort(e);
        }
    }

    private static int code(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 27;
        }
        return 37 + c % 26;
    }
}
