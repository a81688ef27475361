package org.regionet.analysis.blocking;

import java.util.Arrays;
import java.util.stream.IntStream;


import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.SortedInts;

/**
 * All pairs of entries whose feature sets have Jaccard similarity ≥ t, by prefix filtering
 * (the AllPairs algorithm of Bayardo et al.): features are ordered rarest first, each entry
 * indexes only a short prefix of its rarest features and probes with a slightly longer one, and
 * a pair is a candidate only if the prefixes share a feature. That is exact — no pair above t is missed — while common trigrams
 * ("ung", "kre") stay out of the index, so posting lists are short.
 * <p>
 * Exact, but over a whole country too unselective on its own (common trade and place trigrams
 * made 70 M candidates for 150 k actors); {@code ActorBlocking} therefore runs it per region and
 * adds word-pair keys ({@link TokenPairKeys}) for the global part. The CSV matcher uses it
 * globally at a high bound.
 */
public final class PrefixJaccardJoin {

    private PrefixJaccardJoin() {
    }

    /**
     * Emits candidate record pairs of {@code input} with trigram Jaccard ≥ {@code t}. The
     * consumer is called from several threads.
     */
    public static void join(BlockingInput input, double t, AnalysisMonitor monitor, PairConsumer out) {
        join(input, allEntries(input.size()), t, monitor, out, true);
    }

    /**
     * The same for the entries listed in {@code subset} only, on the calling thread (for many
     * small groups joined in parallel by the caller). Features are re-ranked by their frequency
     * inside the subset: in a region's group the place's trigrams are globally rare but occur in
     * nearly every name, and would otherwise make every pair a candidate.
     */
    public static void joinSubset(BlockingInput input, int[] subset, double t, AnalysisMonitor monitor, PairConsumer out) {
        int n = subset.length;
        int[][] global = input.features();
        IntList used = new IntList(n * 8);
        int[] count = COUNTS.get();
        int max = 0;
        for (int k = 0; k < n; k++) {
            for (int x : global[subset[k]]) {
                max = Math.max(max, x);
            }
        }
        if (count.length <= max) {
            count = new int[Math.max(max + 1, count.length * 2)];
            COUNTS.set(count);
        }
        for (int k = 0; k < n; k++) {
            for (int x : global[subset[k]]) {
                if (count[x]++ == 0) {
                    used.add(x);
                }
            }
        }
        long[] keyed = new long[used.size()];
        for (int u = 0; u < keyed.length; u++) {
            keyed[u] = (long) count[used.get(u)] << 32 | used.get(u);
        }
        Arrays.sort(keyed);
        // Reuse the count array as feature -> local rank while we relabel.
        for (int r = 0; r < keyed.length; r++) {
            count[(int) keyed[r]] = r;
        }
        int[][] local = new int[n][];
        int[] record = new int[n];
        int[] group = input.group() == null ? null : new int[n];
        for (int k = 0; k < n; k++) {
            int[] g = global[subset[k]];
            int[] l = new int[g.length];
            for (int i = 0; i < g.length; i++) {
                l[i] = count[g[i]];
            }
            Arrays.sort(l);
            local[k] = l;
            record[k] = input.record()[subset[k]];
            if (group != null) {
                group[k] = input.group()[subset[k]];
            }
        }
        for (int u = 0; u < used.size(); u++) {
            count[used.get(u)] = 0;
        }
        join(new BlockingInput(local, record, group), allEntries(n), t, monitor, out, false);
    }

    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[1 << 16]);

    private static int[] allEntries(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    private static void join(BlockingInput input, int[] subset, double t, AnalysisMonitor monitor, PairConsumer out,
            boolean parallel) {
        int n = subset.length;
        int[][] f = input.features();
        int[] order = bySize(f, subset);
        // Index the shorter "indexing prefix" (Bayardo et al.): when |y| <= |x| and
        // J(x,y) >= t, x and y share at least 2t/(1+t)|y| features, so y's first
        // |y| - ceil(2t/(1+t)|y|) + 1 features must meet x's probing prefix.
        double mid = 2 * t / (1 + t);
        int maxFeature = -1;
        for (int k = 0; k < n; k++) {
            for (int x : f[order[k]]) {
                maxFeature = Math.max(maxFeature, x);
            }
        }
        int[] counts = new int[maxFeature + 2];
        for (int k = 0; k < n; k++) {
            int[] e = f[order[k]];
            int p = indexPrefix(e.length, mid);
            for (int i = 0; i < p; i++) {
                counts[e[i] + 1]++;
            }
        }
        for (int k = 0; k <= maxFeature; k++) {
            counts[k + 1] += counts[k];
        }
        int[] postingStart = counts.clone();
        int[] postings = new int[counts[maxFeature + 1]];
        int[] fill = counts.clone();
        for (int k = 0; k < n; k++) {
            int[] e = f[order[k]];
            int p = indexPrefix(e.length, mid);
            for (int i = 0; i < p; i++) {
                postings[fill[e[i]]++] = k; // positions, ascending
            }
        }
        int[] sizes = new int[n];
        for (int k = 0; k < n; k++) {
            sizes[k] = f[order[k]].length;
        }
        int[] record = input.record();
        int[] group = input.group();
        int chunk = 4096;
        IntStream chunks = IntStream.range(0, (n + chunk - 1) / chunk);
        (parallel ? chunks.parallel() : chunks).forEach(c -> {
            monitor.checkCanceled();
            int[] overlap = new int[n];
            IntList touched = new IntList(256);
            int end = Math.min(n, (c + 1) * chunk);
            for (int kx = c * chunk; kx < end; kx++) {
                int x = order[kx];
                int[] fx = f[x];
                int s = fx.length;
                if (s == 0) {
                    continue;
                }
                int minSize = (int) Math.ceil(t * s - 1e-9);
                int prefix = s - minSize + 1;
                for (int i = 0; i < prefix; i++) {
                    int from = lowerBound(postings, postingStart[fx[i]], postingStart[fx[i] + 1], sizes, minSize);
                    for (int k = from; k < postingStart[fx[i] + 1]; k++) {
                        int ky = postings[k];
                        if (ky >= kx) {
                            break; // each pair once: y comes before x in size order
                        }
                        if (overlap[ky]++ == 0) {
                            touched.add(ky);
                        }
                    }
                }
                for (int k = 0; k < touched.size(); k++) {
                    int ky = touched.get(k);
                    overlap[ky] = 0;
                    int y = order[ky];
                    if (record[y] == record[x] || group != null && group[y] == group[x]) {
                        continue;
                    }
                    if (jaccard(fx, f[y]) >= t - 1e-9) {
                        out.accept(record[y], record[x]);
                    }
                }
                touched.clear();
            }
        });
    }

    private static int indexPrefix(int size, double mid) {
        return size == 0 ? 0 : size - (int) Math.ceil(mid * size - 1e-9) + 1;
    }

    /** First index in postings[from, to) whose entry has at least {@code minSize} features. */
    private static int lowerBound(int[] postings, int from, int to, int[] sizes, int minSize) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (sizes[postings[m]] < minSize) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    private static int[] bySize(int[][] f, int[] subset) {
        int n = subset.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = (long) f[subset[i]].length << 32 | subset[i];
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) keyed[k];
        }
        return order;
    }

    /** Jaccard similarity of two sorted distinct arrays. */
    public static double jaccard(int[] a, int[] b) {
        return SortedInts.jaccard(a, b);
    }
}
