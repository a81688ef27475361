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
    private final boolean[] formatTerms;

    SparseVectors(int[] offsets, int[] terms, float[] weights, String[] termNames, int[] titleOffsets,
            int[] titleTerms, int distinctiveRanks, boolean[] formatTerms) {
        this.formatTerms = formatTerms;
        this.offsets = offsets;
        this.terms = terms;
        this.weights = weights;
        this.termNames = termNames;
        this.titleOffsets = titleOffsets;
        this.titleTerms = titleTerms;
        this.distinctiveRanks = distinctiveRanks;
    }

    /**
     * Two different subjects: each title has a distinctive word (rare in the corpus) or a format
     * word ("Infotag" / "Fachtag", common however rare) that the other text lacks, e.g.
     * "Ausbildungsmesse Pflege" / "Ausbildungsmesse Logistik". Plain cosine rates such pairs high
     * because the shared words dominate short titles.
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

    /**
     * The subject test for short, title-only texts, where a low cosine is no evidence (brand names,
     * compounds) but a shared format word with different other words is: the texts must share a
     * word and each title must have a word the other text lacks that is neither a word of its own lead's name ({@code leadWordA/B}: it says who,
     * not what) nor a compound relative of a word of the other text (a common leading part of at
     * least {@value #COMPOUND_PREFIX} letters, e.g. "pflege" / "pflegekammer",
     * "weiterbildungsportal" / "weiterbildungsdatenbank": German compounds put the subject first).
     *
     * @return the two conflicting words, or null
     */
    public String[] titleSubjectConflict(int a, int b, java.util.function.Predicate<String> leadWordA,
            java.util.function.Predicate<String> leadWordB) {
        if (cosine(a, b) <= 0) {
            return null; // nothing in common: no shared format whose subjects could differ
        }
        int x = unrelatedTitleWord(a, b, leadWordA);
        if (x < 0) {
            return null;
        }
        int y = unrelatedTitleWord(b, a, leadWordB);
        return y < 0 ? null : new String[] {termNames[x], termNames[y]};
    }

    static final int COMPOUND_PREFIX = 5;

    private int unrelatedTitleWord(int a, int b, java.util.function.Predicate<String> leadWord) {
        for (int k = titleOffsets[a]; k < titleOffsets[a + 1]; k++) {
            int t = titleTerms[k];
            if (java.util.Arrays.binarySearch(terms, offsets[b], offsets[b + 1], t) >= 0) {
                continue;
            }
            String name = termNames[t];
            if (leadWord.test(name) || compoundRelative(name, b)) {
                continue;
            }
            return t;
        }
        return -1;
    }

    private boolean compoundRelative(String word, int b) {
        for (int k = offsets[b]; k < offsets[b + 1]; k++) {
            if (commonPrefix(word, termNames[terms[k]]) >= COMPOUND_PREFIX) {
                return true;
            }
        }
        return false;
    }

    /** Length of the common leading part of two words. */
    public static int commonPrefix(String x, String y) {
        int n = Math.min(x.length(), y.length());
        int i = 0;
        while (i < n && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return i;
    }

    private int distinctiveMissing(int a, int b) {
        for (int k = titleOffsets[a]; k < titleOffsets[a + 1]; k++) {
            int t = titleTerms[k];
            if (t >= distinctiveRanks && !formatTerms[t]) {
                continue; // a common word says little about the subject
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
