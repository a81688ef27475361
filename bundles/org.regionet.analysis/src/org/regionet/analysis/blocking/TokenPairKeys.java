package org.regionet.analysis.blocking;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.LongList;

/**
 * Global blocking by combinations of words: entries sharing an unordered pair of normalised
 * tokens ("becker" + "metallbau") become candidates, in any word order. One typo is
 * tolerated through deletion keys (SymSpell's trick: "becker" and "bekcer" share "becer"), and
 * adjacent tokens are also joined ("metall bau" meets "metallbau"). Keys shared by more than
 * {@code cap} entries are generic ("agentur" + "arbeit") and skipped.
 * <p>
 * Why pairs of words: at Germany scale single words — surnames, trades, places — each occur in
 * thousands of names, so single-word or trigram blocking over all names yields tens of
 * millions of candidates (measured: 70 M for 150 k actors). Combinations are selective.
 * Keys are 38-bit hashes sorted as packed longs; a collision only adds a candidate.
 */
public final class TokenPairKeys {

    private static final int MIN_DELETION_LENGTH = 5;
    private static final int INDEX_BITS = 26;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private TokenPairKeys() {
    }

    /**
     * Emits pairs of entries (not records) that share a key of at most {@code cap} entries and
     * belong to different records (and groups). The consumer is called from several threads and
     * may see a pair more than once.
     *
     * @param tokens per entry, its normalised tokens
     * @param record per entry, its record
     * @param group  per entry, a group id (pairs only across groups), or null
     */
    public static void join(String[][] tokens, int[] record, int[] group, int cap, AnalysisMonitor monitor,
            PairConsumer out) {
        int n = tokens.length;
        LongList[] keyParts = new LongList[n];
        IntList[] sourceParts = new IntList[n];
        IntStream.range(0, n).parallel().forEach(e -> {
            LongList k = new LongList(96);
            IntList s = new IntList(96);
            keys(tokens[e], k, s);
            keyParts[e] = k;
            sourceParts[e] = s;
        });
        int total = 0;
        for (LongList k : keyParts) {
            total += k.size();
        }
        if (total > INDEX_MASK) {
            throw new IllegalStateException("Too many blocking keys: " + total);
        }
        long[] packed = new long[total];
        int[] entryOf = new int[total];
        int[] sourceOf = new int[total];
        int o = 0;
        for (int e = 0; e < n; e++) {
            for (int k = 0; k < keyParts[e].size(); k++) {
                packed[o] = (keyParts[e].get(k) >>> INDEX_BITS) << INDEX_BITS | o;
                entryOf[o] = e;
                sourceOf[o] = sourceParts[e].get(k);
                o++;
            }
            keyParts[e] = null;
            sourceParts[e] = null;
        }
        Arrays.parallelSort(packed);
        IntList starts = new IntList();
        for (int k = 0; k < total; k++) {
            if (k == 0 || packed[k] >>> INDEX_BITS != packed[k - 1] >>> INDEX_BITS) {
                starts.add(k);
            }
        }
        starts.add(total);
        IntStream.range(0, starts.size() - 1).parallel().forEach(gi -> {
            if ((gi & 0xFFFF) == 0) {
                monitor.checkCanceled();
            }
            int from = starts.get(gi);
            int to = starts.get(gi + 1);
            if (to - from < 2 || to - from > cap) {
                return;
            }
            for (int a = from; a < to; a++) {
                int oa = (int) (packed[a] & INDEX_MASK);
                int ea = entryOf[oa];
                for (int b = a + 1; b < to; b++) {
                    int ob = (int) (packed[b] & INDEX_MASK);
                    int eb = entryOf[ob];
                    // Deletion keys: entries from the same source pair already met on its exact key.
                    if (sourceOf[oa] != 0 && sourceOf[oa] == sourceOf[ob]) {
                        continue;
                    }
                    if (record[ea] == record[eb] || group != null && group[ea] == group[eb]) {
                        continue;
                    }
                    out.accept(ea, eb);
                }
            }
        });
    }

    /** Keys of one entry; source 0 marks exact keys, else the hash of the exact pair it came from. */
    static void keys(String[] t, LongList keys, IntList sources) {
        if (t.length == 0) {
            return;
        }
        long[] h = new long[t.length];
        for (int i = 0; i < t.length; i++) {
            h[i] = hash(t[i], -1);
        }
        if (t.length == 1) {
            long exact = mix(h[0] ^ 0x5DEECE66DL);
            keys.add(exact);
            sources.add(0);
            if (t[0].length() >= MIN_DELETION_LENGTH) {
                for (int p = 0; p < t[0].length(); p++) {
                    keys.add(mix(hash(t[0], p) ^ 0x5DEECE66DL));
                    sources.add((int) exact | 1);
                }
            }
            return;
        }
        for (int i = 0; i < t.length; i++) {
            for (int j = i + 1; j < t.length; j++) {
                long exact = pair(h[i], h[j]);
                keys.add(exact);
                sources.add(0);
                int source = (int) exact | 1;
                deletions(t[i], h[j], source, keys, sources);
                deletions(t[j], h[i], source, keys, sources);
            }
        }
        // Adjacent tokens joined, paired with every other token: "metall bau aachen" meets "metallbau aachen".
        for (int i = 0; i + 1 < t.length; i++) {
            long joined = hash(t[i] + t[i + 1], -1);
            for (int j = 0; j < t.length; j++) {
                if (j != i && j != i + 1) {
                    keys.add(pair(joined, h[j]));
                    sources.add(0);
                }
            }
            if (t.length == 2) {
                keys.add(mix(joined ^ 0x5DEECE66DL));
                sources.add(0);
            }
        }
    }

    private static void deletions(String token, long other, int source, LongList keys, IntList sources) {
        if (token.length() < MIN_DELETION_LENGTH) {
            return;
        }
        for (int p = 0; p < token.length(); p++) {
            keys.add(pair(hash(token, p), other));
            sources.add(source);
        }
    }

    private static long pair(long a, long b) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        return mix(lo * 0x9E3779B97F4A7C15L + hi);
    }

    /** FNV-1a over the token's characters, skipping position {@code skip}. */
    private static long hash(String s, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            if (i != skip) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        return h;
    }

    /** Murmur3 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93e1a85ec53L;
        return z ^ (z >>> 33);
    }
}
