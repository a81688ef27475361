package org.regionet.analysis.detect;

import org.regionet.analysis.internal.IntList;

/** Pairs of ids with a score, collected per worker thread without boxing. */
final class ScoredPairs {

    final IntList a = new IntList(64);
    final IntList b = new IntList(64);
    final IntList bits = new IntList(64);

    void add(int x, int y, double score) {
        a.add(x);
        b.add(y);
        bits.add(Float.floatToIntBits((float) score));
    }

    int size() {
        return a.size();
    }

    float score(int k) {
        return Float.intBitsToFloat(bits.get(k));
    }
}
