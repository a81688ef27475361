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

    /** All pairs of several buffers in one, in buffer order. */
    static ScoredPairs merge(java.util.List<ScoredPairs> parts) {
        ScoredPairs out = new ScoredPairs();
        synchronized (parts) {
            for (ScoredPairs p : parts) {
                for (int k = 0; k < p.size(); k++) {
                    out.a.add(p.a.get(k));
                    out.b.add(p.b.get(k));
                    out.bits.add(p.bits.get(k));
                }
            }
        }
        return out;
    }

    float score(int k) {
        return Float.intBitsToFloat(bits.get(k));
    }
}
