package org.regionet.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * L2-normalised sparse TF-IDF vectors in compressed-row form. Term ids are ranks by document
 * frequency (rarest first), so each row is sorted rarest-first — the order prefix filtering
 * needs — and dot products are merges.
 */
public final class SparseVectors {

    private final int[] offsets;
    private final int[] terms;
    private final float[] weights;
    private final String[] termNames;
    private final int[] titleOffsets;
    private final int[] titleTerms;
    private final int distinctiveRanks;

    SparseVectors(int[] offsets, int[] terms, float[] weights, String[] termNames, int[] titleOffsets,
            int[] titleTerms, int distinctiveRanks) {
        this.offsets = offsets;
        this.terms = terms;
        this.weights = weights;
        this.termNames = termNames;
        this.titleOffsets = titleOffsets;
        this.titleTerms = titleTerms;
        this.distinctiveRanks = distinctiveRanks;
    }

    /**
     * Two different subjects: each title has a distinctive word (rare in the corpus) that the
     * other text lacks, e.g. "Ausbildungsmesse Pflege" / "Ausbildungsmesse Logistik". Plain
     * cosine rates such pairs high because the shared format words dominate short titles.
     *
     * @return the two conflicting words, or null
     */
    public String[] subjectConflict(int a, int b) {
        int x = distinctiveMissing(a, b);
        if (x < 0) {
            return null;
        }
        int y = distinctiveMissing(b, a);
        return y < 0 ? null : new String[] {termNames[x], termNames[y]};
    }

    private int distinctiveMissing(int a, int b) {
        for (int k = titleOffsets[a]; k < titleOffsets[a + 1]; k++) {
            int t = titleTerms[k];
            if (t >= distinctiveRanks) {
                break; // sorted by rank: the rest is common
            }
            if (java.util.Arrays.binarySearch(terms, offsets[b], offsets[b + 1], t) < 0) {
                return t;
            }
        }
        return -1;
    }

    public int size() {
        return offsets.length - 1;
    }

    public int start(int doc) {
        return offsets[doc];
    }

    public int end(int doc) {
        return offsets[doc + 1];
    }

    public int term(int k) {
        return terms[k];
    }

    public float weight(int k) {
        return weights[k];
    }

    public int termCount() {
        return termNames.length;
    }

    public String termName(int term) {
        return termNames[term];
    }

    public boolean isEmpty(int doc) {
        return offsets[doc] == offsets[doc + 1];
    }

    /** Cosine similarity of two rows (both are unit length). */
    public double cosine(int a, int b) {
        int i = offsets[a];
        int ie = offsets[a + 1];
        int j = offsets[b];
        int je = offsets[b + 1];
        double dot = 0;
        while (i < ie && j < je) {
            int ti = terms[i];
            int tj = terms[j];
            if (ti == tj) {
                dot += (double) weights[i++] * weights[j++];
            } else if (ti < tj) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, dot);
    }

    /** The shared terms of two rows, heaviest contribution first, for evidence. */
    public List<String> sharedTerms(int a, int b, int max) {
        List<double[]> shared = new ArrayList<>();
        int i = offsets[a];
        int j = offsets[b];
        while (i < offsets[a + 1] && j < offsets[b + 1]) {
            if (terms[i] == terms[j]) {
                shared.add(new double[] {terms[i], (double) weights[i] * weights[j]});
                i++;
                j++;
            } else if (terms[i] < terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        shared.sort((x, y) -> Double.compare(y[1], x[1]));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(max, shared.size()); k++) {
            out.add(termNames[(int) shared.get(k)[0]]);
        }
        return out;
    }
}
