package org.regionet.analysis.dedupe;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.regionet.analysis.internal.LongList;

/**
 * Fits field weights from known true pairs, Fellegi–Sunter style. A field "agrees" when its
 * similarity is at least {@link #AGREEMENT}. {@code m} = P(agree | true pair) is estimated on
 * the labelled pairs, {@code u} = P(agree | random pair) on random record pairs (almost all
 * non-matches). A field's weight is its discriminating power, the distance between its
 * agreement and disagreement log-likelihood ratios:
 * {@code log2(m/u) − log2((1−m)/(1−u))}, clipped at 0 and normalised. A field that agrees on
 * true pairs but rarely at random (a name) gets much weight; one that agrees at random as often
 * (a city among few cities) gets little. Laplace smoothing keeps small samples finite.
 * <p>
 * Chosen over logistic regression because it needs only positive labels: the CLI's
 * {@code --labels} file lists known true pairs, not rejected ones.
 */
public final class FieldWeightFitter {

    /** Field similarity from which a field counts as agreeing. */
    public static final double AGREEMENT = 0.85;

    /**
     * The fit.
     *
     * @param weights normalised weights per field
     * @param m       P(agree | match) per field
     * @param u       P(agree | random pair) per field
     * @param labels  labelled pairs used (both ids known)
     */
    public record Fit(double[] weights, double[] m, double[] u, int labels) {
    }

    private FieldWeightFitter() {
    }

    /**
     * @param labelled pairs of record indexes known to match
     * @param samples  number of random pairs for u
     */
    public static Fit fit(RecordMatcher matcher, List<int[]> labelled, int samples, long seed) {
        int fields = matcher.fields().size();
        double[] agreeM = new double[fields];
        double[] seenM = new double[fields];
        Set<Long> known = new HashSet<>();
        for (int[] p : labelled) {
            known.add(LongList.pair(p[0], p[1]));
            count(matcher.fieldSimilarities(p[0], p[1]), agreeM, seenM);
        }
        double[] agreeU = new double[fields];
        double[] seenU = new double[fields];
        int n = matcher.size();
        Random rnd = new Random(seed);
        long possible = (long) n * (n - 1) / 2;
        int draws = (int) Math.min(samples, possible);
        for (int k = 0, tries = 0; k < draws && tries < draws * 4; tries++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (a == b || known.contains(LongList.pair(a, b))) {
                continue;
            }
            count(matcher.fieldSimilarities(a, b), agreeU, seenU);
            k++;
        }
        double[] m = new double[fields];
        double[] u = new double[fields];
        double[] w = new double[fields];
        for (int f = 0; f < fields; f++) {
            m[f] = (agreeM[f] + 0.5) / (seenM[f] + 1);
            u[f] = (agreeU[f] + 0.5) / (seenU[f] + 1);
            double range = log2(m[f] / u[f]) - log2((1 - m[f]) / (1 - u[f]));
            w[f] = Math.max(0, range);
        }
        double sum = Arrays.stream(w).sum();
        if (sum == 0) {
            Arrays.fill(w, 1.0 / fields);
        } else {
            for (int f = 0; f < fields; f++) {
                w[f] /= sum;
            }
        }
        return new Fit(w, m, u, labelled.size());
    }

    private static void count(double[] sims, double[] agree, double[] seen) {
        for (int f = 0; f < sims.length; f++) {
            if (!Double.isNaN(sims[f])) {
                seen[f]++;
                if (sims[f] >= AGREEMENT) {
                    agree[f]++;
                }
            }
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
