package org.regionet.analysis.blocking;

import java.util.Arrays;

import org.regionet.analysis.text.SparseVectors;

/**
 * Pairs of rows with cosine ≥ t within a small group of rows (a block), by prefix filtering for
 * cosine: each row indexes its rarest terms until the rest of its norm drops below t, because a
 * pair sharing no indexed term has cosine below t. Probing uses all terms. One instance per
 * thread: it keeps scratch arrays between blocks.
 */
public final class CosineJoin {

    /** Receives pairs of global row ids with their exact cosine. */
    @FunctionalInterface
    public interface Visitor {
        void visit(int rowA, int rowB, double cosine);
    }

    /** Cheap structural test run before the exact cosine; false drops the pair. */
    @FunctionalInterface
    public interface Filter {
        boolean accept(int rowA, int rowB);
    }

    private static final Filter ALL = (a, b) -> true;

    private final SparseVectors v;
    private int[] headKeys = new int[64];
    private int[] headValues = new int[64];
    private int[] usedSlots = new int[64];
    private int usedCount;
    private int[] entryRow = new int[256];
    private float[] entryWeight = new float[256];
    private int[] entryNext = new int[256];
    private int entries;
    private double[] acc = new double[64];
    private int[] stamp = new int[64];
    private double[] suffixNorm = new double[64];
    private int[] boundary = new int[64];
    private double[] probeSuffix = new double[64];
    /** Per term rank: the largest weight any row of the current block gives it (0 = absent). */
    private float[] maxWeight;
    private final IntListScratch maxWeightUsed = new IntListScratch();
    private int[] touched = new int[64];
    private int epoch;

    public CosineJoin(SparseVectors vectors) {
        this.v = vectors;
        this.maxWeight = new float[Math.max(1, vectors.termCount())];
        Arrays.fill(headKeys, -1);
    }

    /** All pairs within {@code rows[0..n)} with cosine ≥ {@code t}. */
    public void self(int[] rows, int n, double t, Visitor out) {
        self(rows, n, t, ALL, out);
    }

    /** As {@link #self(int[], int, double, Visitor)}, testing {@code filter} before computing a cosine. */
    public void self(int[] rows, int n, double t, Filter filter, Visitor out) {
        reset(n);
        maxWeights(rows, n);
        for (int xi = 0; xi < n; xi++) {
            probe(rows, rows[xi], t, filter, out, false);
            index(rows[xi], xi, t);
        }
    }

    /** All pairs between {@code left} and {@code right} with cosine ≥ {@code t}; left row first. */
    public void cross(int[] left, int nl, int[] right, int nr, double t, Visitor out) {
        cross(left, nl, right, nr, t, ALL, out);
    }

    /** As {@link #cross(int[], int, int[], int, double, Visitor)}, testing {@code filter} (left row first) before a cosine. */
    public void cross(int[] left, int nl, int[] right, int nr, double t, Filter filter, Visitor out) {
        reset(nr);
        maxWeights(right, nr);
        for (int yi = 0; yi < nr; yi++) {
            index(right[yi], yi, t);
        }
        for (int xi = 0; xi < nl; xi++) {
            probe(right, left[xi], t, filter, out, true);
        }
    }

    private void probe(int[] indexedRows, int x, double t, Filter filter, Visitor out, boolean xFirst) {
        epoch++;
        int nt = 0;
        int xs = v.start(x);
        int xe = v.end(x);
        if (probeSuffix.length < xe - xs + 1) {
            probeSuffix = new double[(xe - xs + 1) * 2];
        }
        // probeSuffix[k] = norm of x's terms from its k-th term on (terms are in rank order).
        probeSuffix[xe - xs] = 0;
        double rest = 0;
        for (int k = xe - 1; k >= xs; k--) {
            rest += (double) v.weight(k) * v.weight(k);
            probeSuffix[k - xs] = Math.sqrt(rest);
        }
        // Potential of x's remaining terms against the best weights in the block (AllPairs
        // "maxweight"): once below t, rows first met later cannot reach t and are not admitted.
        double potential = 0;
        for (int k = xs; k < xe; k++) {
            potential += (double) v.weight(k) * maxWeight[v.term(k)];
        }
        for (int k = xs; k < xe; k++) {
            int e = head(v.term(k));
            float w = v.weight(k);
            boolean admit = potential >= t - 1e-9;
            while (e >= 0) {
                int y = entryRow[e];
                if (stamp[y] != epoch) {
                    if (!admit) {
                        e = entryNext[e];
                        continue;
                    }
                    stamp[y] = epoch;
                    acc[y] = 0;
                    touched[nt++] = y;
                }
                acc[y] += (double) w * entryWeight[e];
                e = entryNext[e];
            }
            potential -= (double) w * maxWeight[v.term(k)];
        }
        clearMaxWeightsLater();
        for (int k = 0; k < nt; k++) {
            int y = touched[k];
            // The unindexed part of y only meets x's terms ranked after y's last indexed term.
            double bound = acc[y] + suffixNorm[y] * probeSuffix[firstAfter(xs, xe, boundary[y]) - xs];
            if (bound < t - 1e-9) {
                continue;
            }
            int row = indexedRows[y];
            if (!(xFirst ? filter.accept(x, row) : filter.accept(row, x))) {
                continue;
            }
            double cos = v.cosine(x, row);
            if (cos >= t - 1e-9) {
                if (xFirst) {
                    out.visit(x, row, cos);
                } else {
                    out.visit(row, x, cos);
                }
            }
        }
    }

    private void index(int row, int local, double t) {
        int s = v.start(row);
        int e = v.end(row);
        double rest = 0;
        for (int k = s; k < e; k++) {
            rest += (double) v.weight(k) * v.weight(k);
        }
        double t2 = t * t;
        int k = s;
        // Index rare terms while the remaining norm could still reach t on its own.
        while (k < e && rest >= t2 - 1e-12) {
            add(v.term(k), local, v.weight(k));
            rest -= (double) v.weight(k) * v.weight(k);
            k++;
        }
        suffixNorm[local] = Math.sqrt(Math.max(0, rest));
        boundary[local] = k > s ? v.term(k - 1) : -1;
    }

    /** The first position in [from, to) whose term ranks after {@code rank}. */
    private int firstAfter(int from, int to, int rank) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (v.term(m) <= rank) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    private void maxWeights(int[] rows, int n) {
        for (int i = 0; i < maxWeightUsed.size; i++) {
            maxWeight[maxWeightUsed.data[i]] = 0;
        }
        maxWeightUsed.size = 0;
        for (int r = 0; r < n; r++) {
            for (int k = v.start(rows[r]); k < v.end(rows[r]); k++) {
                int term = v.term(k);
                if (maxWeight[term] == 0) {
                    maxWeightUsed.add(term);
                }
                maxWeight[term] = Math.max(maxWeight[term], v.weight(k));
            }
        }
    }

    private void clearMaxWeightsLater() {
        // Kept until the next block: maxWeights() clears what it set.
    }

    /** A tiny growable int list without a dependency on the internal package. */
    private static final class IntListScratch {
        int[] data = new int[256];
        int size;

        void add(int x) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = x;
        }
    }

    private void reset(int n) {
        for (int i = 0; i < usedCount; i++) {
            headKeys[usedSlots[i]] = -1;
        }
        usedCount = 0;
        entries = 0;
        if (acc.length < n) {
            int cap = Math.max(n, acc.length * 2);
            acc = new double[cap];
            stamp = new int[cap];
            suffixNorm = new double[cap];
            boundary = new int[cap];
            touched = new int[cap];
            epoch = 0;
        }
    }

    private void add(int term, int local, float w) {
        if (entries == entryRow.length) {
            int cap = entries * 2;
            entryRow = Arrays.copyOf(entryRow, cap);
            entryWeight = Arrays.copyOf(entryWeight, cap);
            entryNext = Arrays.copyOf(entryNext, cap);
        }
        if (usedCount * 2 >= headKeys.length) {
            rehash();
        }
        int slot = slot(term);
        int prev = headKeys[slot] == term ? headValues[slot] : -1;
        if (headKeys[slot] != term) {
            headKeys[slot] = term;
            usedSlots[usedCount++] = slot;
        }
        entryRow[entries] = local;
        entryWeight[entries] = w;
        entryNext[entries] = prev;
        headValues[slot] = entries++;
    }

    private int head(int term) {
        int mask = headKeys.length - 1;
        int slot = mix(term) & mask;
        while (headKeys[slot] != -1) {
            if (headKeys[slot] == term) {
                return headValues[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(int term) {
        int mask = headKeys.length - 1;
        int slot = mix(term) & mask;
        while (headKeys[slot] != -1 && headKeys[slot] != term) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash() {
        int[] oldKeys = headKeys;
        int[] oldValues = headValues;
        int[] oldUsed = Arrays.copyOf(usedSlots, usedCount);
        headKeys = new int[oldKeys.length * 2];
        headValues = new int[oldKeys.length * 2];
        usedSlots = new int[oldKeys.length * 2];
        Arrays.fill(headKeys, -1);
        int count = usedCount;
        usedCount = 0;
        for (int i = 0; i < count; i++) {
            int key = oldKeys[oldUsed[i]];
            int slot = slot(key);
            headKeys[slot] = key;
            headValues[slot] = oldValues[oldUsed[i]];
            usedSlots[usedCount++] = slot;
        }
    }

    private static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
