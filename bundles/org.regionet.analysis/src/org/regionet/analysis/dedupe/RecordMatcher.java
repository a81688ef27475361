package org.regionet.analysis.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.blocking.PrefixJaccardJoin;
import org.regionet.analysis.blocking.TokenPairKeys;
import org.regionet.analysis.blocking.TrigramFeatures;
import org.regionet.analysis.internal.PairCollector;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.text.Lexicon;
import org.regionet.analysis.text.NameComparator;
import org.regionet.analysis.text.NameNormalizer;
import org.regionet.analysis.text.NormalizedName;
import org.regionet.analysis.text.TokenWeights;

/**
 * Finds duplicate records with the machinery of duplicate-actor detection: every field is
 * normalised like an organisation name, compared with {@link NameComparator} (typos, word
 * order, abbreviations, discriminators), and the record score is the weighted mean of the field
 * similarities over fields present in both records. Candidates come from word-pair keys
 * ({@link TokenPairKeys}) and a trigram join at a higher bound, both over all fields' tokens,
 * filtered by trigram Jaccard ≥ the blocking threshold — never from all pairs.
 */
public final class RecordMatcher {

    /** The trigram Jaccard bound of the global join (high: exact but cheap); word-pair keys cover the rest. */
    static final double GLOBAL_JOIN_THRESHOLD = 0.6;

    private final List<String> fields;
    private final double[] weights;
    private final double blockingThreshold;
    private final NameNormalizer normalizer;
    private final NameComparator comparator;

    private List<Record> records;
    private NormalizedName[][] values;
    private TokenWeights[] fieldWeights;
    private Map<String, Integer> byId;

    /**
     * @param fields            field names (for messages)
     * @param weights           per field weight (≥ 0), or null for equal weights
     * @param blockingThreshold trigram Jaccard of the records' combined tokens from which a pair is a candidate
     */
    public RecordMatcher(List<String> fields, double[] weights, double blockingThreshold, Lexicon lexicon) {
        this.fields = List.copyOf(fields);
        this.weights = weights == null ? equal(fields.size()) : normalise(weights);
        this.blockingThreshold = blockingThreshold;
        this.normalizer = new NameNormalizer(lexicon);
        this.comparator = new NameComparator(lexicon);
    }

    /** Prepares {@code records} (normalises values, builds weights); call before matching. */
    public RecordMatcher index(List<Record> list) {
        records = List.copyOf(list);
        byId = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            if (r.values().size() != fields.size()) {
                throw new IllegalArgumentException("Record " + r.id() + " has " + r.values().size() + " values, expected "
                        + fields.size());
            }
            if (byId.put(r.id(), i) != null) {
                throw new IllegalArgumentException("Duplicate id '" + r.id() + "'");
            }
        }
        values = new NormalizedName[records.size()][];
        IntStream.range(0, records.size()).parallel().forEach(i -> {
            NormalizedName[] v = new NormalizedName[fields.size()];
            for (int f = 0; f < v.length; f++) {
                String s = records.get(i).values().get(f);
                v[f] = s == null || s.isBlank() ? null : normalizer.normalize(s);
            }
            values[i] = v;
        });
        fieldWeights = new TokenWeights[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            List<List<NormalizedName>> corpus = new ArrayList<>();
            for (NormalizedName[] v : values) {
                corpus.add(v[f] == null ? List.of() : List.of(v[f]));
            }
            fieldWeights[f] = TokenWeights.of(corpus);
        }
        return this;
    }

    /** The index of a record id, or -1. */
    public int indexOf(String id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    public int size() {
        return records.size();
    }

    /** Per-field similarity of records {@code a} and {@code b}; NaN where a value is missing. */
    public double[] fieldSimilarities(int a, int b) {
        double[] s = new double[fields.size()];
        for (int f = 0; f < s.length; f++) {
            NormalizedName x = values[a][f];
            NormalizedName y = values[b][f];
            s[f] = x == null || y == null ? Double.NaN : comparator.compare(x, y, fieldWeights[f]).score();
        }
        return s;
    }

    /** Weighted mean of the present fields' similarities with the matcher's weights. */
    public double score(int a, int b) {
        return combine(fieldSimilarities(a, b), weights);
    }

    static double combine(double[] sims, double[] w) {
        double num = 0;
        double den = 0;
        for (int f = 0; f < sims.length; f++) {
            if (!Double.isNaN(sims[f]) && w[f] > 0) {
                num += w[f] * sims[f];
                den += w[f];
            }
        }
        return den == 0 ? 0 : num / den;
    }

    /** Candidate pairs (packed record indexes) from blocking; cross mode pairs only different groups. */
    public long[] candidates(boolean cross, AnalysisMonitor monitor) {
        int n = records.size();
        int[][] features = new int[n][];
        String[][] tokens = new String[n][];
        for (int i = 0; i < n; i++) {
            List<String> all = new ArrayList<>();
            for (NormalizedName v : values[i]) {
                if (v != null) {
                    all.addAll(Arrays.asList(v.tokens()));
                }
            }
            tokens[i] = all.toArray(new String[0]);
            features[i] = TrigramFeatures.codes(all);
        }
        TrigramFeatures.rank(features);
        int[] record = IntStream.range(0, n).toArray();
        int[] group = null;
        if (cross) {
            Map<String, Integer> groups = new HashMap<>();
            group = new int[n];
            for (int i = 0; i < n; i++) {
                String g = records.get(i).group();
                group[i] = groups.computeIfAbsent(g == null ? "" : g, k -> groups.size());
            }
        }
        PairCollector pairs = new PairCollector();
        var input = new org.regionet.analysis.blocking.BlockingInput(features, record, group);
        PrefixJaccardJoin.join(input, Math.max(blockingThreshold, GLOBAL_JOIN_THRESHOLD), monitor, pairs::add);
        TokenPairKeys.join(tokens, record, group, 256, monitor, (a, b) -> {
            if (PrefixJaccardJoin.jaccard(features[a], features[b]) >= blockingThreshold - 1e-9) {
                pairs.add(a, b);
            }
        });
        return pairs.toSortedSet();
    }

    /** All candidate pairs scoring at least {@code threshold}, by descending score then ids. */
    public List<MatchPair> match(double threshold, boolean cross, AnalysisMonitor monitor) {
        long[] pairs = candidates(cross, monitor);
        double[] scores = new double[pairs.length];
        IntStream.range(0, pairs.length).parallel()
                .forEach(k -> scores[k] = score(LongList.first(pairs[k]), LongList.second(pairs[k])));
        List<MatchPair> out = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            if (scores[k] >= threshold - 1e-9) {
                String x = records.get(LongList.first(pairs[k])).id();
                String y = records.get(LongList.second(pairs[k])).id();
                out.add(x.compareTo(y) <= 0 ? new MatchPair(x, y, scores[k]) : new MatchPair(y, x, scores[k]));
            }
        }
        out.sort(Comparator.comparingDouble(MatchPair::score).reversed().thenComparing(MatchPair::id1)
                .thenComparing(MatchPair::id2));
        return out;
    }

    /** A matcher over the same records with other field weights. */
    public RecordMatcher withWeights(double[] newWeights) {
        RecordMatcher m = new RecordMatcher(fields, newWeights, blockingThreshold, normalizer.lexicon());
        m.records = records;
        m.values = values;
        m.fieldWeights = fieldWeights;
        m.byId = byId;
        return m;
    }

    public double[] weights() {
        return weights.clone();
    }

    public List<String> fields() {
        return fields;
    }

    private static double[] equal(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    private static double[] normalise(double[] w) {
        double sum = 0;
        for (double x : w) {
            if (x < 0 || Double.isNaN(x)) {
                throw new IllegalArgumentException("field weights must be >= 0");
            }
            sum += x;
        }
        if (sum == 0) {
            return equal(w.length);
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / sum;
        }
        return out;
    }
}
