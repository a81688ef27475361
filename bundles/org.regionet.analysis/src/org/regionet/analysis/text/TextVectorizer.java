package org.regionet.analysis.text;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Turns titles and descriptions into TF-IDF vectors for cosine similarity. Tokens are folded,
 * stop words, numbers and place names dropped (regions are compared structurally, and "Messe
 * Aachen" vs "Messe Düren" is the same offer), stemmed and decompounded. Each row is
 * {@code sqrt(w)·title + sqrt(1−w)·description} (parts L2-normalised), normalised again, with
 * sublinear tf and smoothed idf. Rows run in parallel; the result is deterministic.
 */
public final class TextVectorizer {

    private final Lexicon lexicon;
    private final Set<String> drop;
    private final double titleWeight;
    private final double distinctiveShare;

    /** A vectorizer where words in at most 10 % of the texts count as distinctive. */
    public TextVectorizer(Lexicon lexicon, Set<String> extraDrop, double titleWeight) {
        this(lexicon, extraDrop, titleWeight, 0.1);
    }

    /**
     * @param extraDrop        further tokens to ignore (e.g. folded tokens of region names)
     * @param titleWeight      share of the title in each vector, in [0,1]
     * @param distinctiveShare words in at most this share of the texts are distinctive (words in
     *                         at most two texts always are), see {@link SparseVectors#subjectConflict(int, int)}
     */
    public TextVectorizer(Lexicon lexicon, Set<String> extraDrop, double titleWeight, double distinctiveShare) {
        this.distinctiveShare = distinctiveShare;
        this.lexicon = lexicon;
        this.drop = new HashSet<>(extraDrop);
        for (Place p : lexicon.places()) {
            drop.add(p.key());
            for (String t : Folding.tokens(p.official())) {
                if (!lexicon.isDesignator(t)) {
                    drop.add(t);
                }
            }
        }
        this.titleWeight = titleWeight;
    }

    /** Vectorises {@code n} documents; {@code title}/{@code description} may return null. */
    public SparseVectors vectorize(int n, IntFunction<String> title, IntFunction<String> description) {
        ConcurrentHashMap<String, Integer> dict = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        int[][] titles = new int[n][];
        int[][] descs = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            titles[i] = terms(title.apply(i), dict, seen, next);
            descs[i] = terms(description.apply(i), dict, seen, next);
        });
        int v = next.get();
        String[] names = new String[v];
        dict.forEach((k, id) -> names[id] = k);

        // Compounds map to their parts; other words to themselves.
        Decompounder decompounder = new Decompounder(w -> {
            Integer id = dict.get(w);
            if (id == null) {
                String canonical = lexicon.textSynonyms.canonicalStem(w);
                id = canonical == null ? null : dict.get(canonical);
            }
            return id == null ? -1 : id;
        });
        int[][] parts = new int[v][];
        IntStream.range(0, v).parallel().forEach(t -> parts[t] = decompounder.split(names[t]));
        IntStream.range(0, n).parallel().forEach(i -> {
            titles[i] = expand(titles[i], parts);
            descs[i] = expand(descs[i], parts);
        });

        int[] df = documentFrequencies(n, v, titles, descs);
        Integer[] order = new Integer[v];
        for (int t = 0; t < v; t++) {
            order[t] = t;
        }
        // Rarest first, ties by spelling: deterministic ranks whatever the thread timing.
        Arrays.sort(order, (a, b) -> df[a] != df[b] ? Integer.compare(df[a], df[b]) : names[a].compareTo(names[b]));
        int[] rank = new int[v];
        String[] rankNames = new String[v];
        double[] idf = new double[v];
        for (int r = 0; r < v; r++) {
            rank[order[r]] = r;
            rankNames[r] = names[order[r]];
            idf[r] = Math.log((n + 1.0) / (df[order[r]] + 1.0)) + 1.0;
        }

        int[][] rowTerms = new int[n][];
        float[][] rowWeights = new float[n][];
        double wt = Math.sqrt(titleWeight);
        double wd = Math.sqrt(1 - titleWeight);
        IntStream.range(0, n).parallel().forEach(i -> row(i, titles[i], descs[i], rank, idf, wt, wd, rowTerms, rowWeights));

        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + rowTerms[i].length;
        }
        int[] allTerms = new int[offsets[n]];
        float[] allWeights = new float[offsets[n]];
        IntStream.range(0, n).parallel().forEach(i -> {
            System.arraycopy(rowTerms[i], 0, allTerms, offsets[i], rowTerms[i].length);
            System.arraycopy(rowWeights[i], 0, allWeights, offsets[i], rowWeights[i].length);
        });
        int[] titleOffsets = new int[n + 1];
        int[][] titleRanks = new int[n][];
        for (int i = 0; i < n; i++) {
            titleRanks[i] = org.regionet.analysis.internal.SortedInts.distinct(ranks(titles[i], rank));
            titleOffsets[i + 1] = titleOffsets[i] + titleRanks[i].length;
        }
        int[] allTitle = new int[titleOffsets[n]];
        for (int i = 0; i < n; i++) {
            System.arraycopy(titleRanks[i], 0, allTitle, titleOffsets[i], titleRanks[i].length);
        }
        double limit = Math.max(2, distinctiveShare * n);
        int distinctive = 0;
        while (distinctive < v && df[order[distinctive]] <= limit) {
            distinctive++;
        }
        boolean[] formats = new boolean[v];
        for (int r = 0; r < v; r++) {
            formats[r] = lexicon.isOfferFormat(rankNames[r]);
        }
        return new SparseVectors(offsets, allTerms, allWeights, rankNames, titleOffsets, allTitle, distinctive, formats);
    }

    /**
     * Folded, filtered, stemmed token ids of one text (with repeats, for tf). {@code seen} caches
     * the id of each folded word (-1 if dropped): texts repeat few words many times.
     */
    private int[] terms(String text, ConcurrentHashMap<String, Integer> dict, ConcurrentHashMap<String, Integer> seen,
            AtomicInteger next) {
        if (text == null || text.isEmpty()) {
            return new int[0];
        }
        var tokens = lexicon.textSynonyms.apply(Folding.tokens(text));
        int[] out = new int[tokens.size()];
        int k = 0;
        for (String t : tokens) {
            Integer id = seen.get(t);
            if (id == null) {
                id = termId(t, dict, next);
                seen.putIfAbsent(t, id);
            }
            if (id >= 0) {
                out[k++] = id;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    private int termId(String t, ConcurrentHashMap<String, Integer> dict, AtomicInteger next) {
        if (t.length() < 2 || Character.isDigit(t.charAt(0)) || lexicon.isStopword(t) || drop.contains(t)) {
            return -1;
        }
        return dict.computeIfAbsent(GermanLightStemmer.stem(t), s -> next.getAndIncrement());
    }

    private static int[] expand(int[] ids, int[][] parts) {
        int extra = 0;
        for (int id : ids) {
            if (parts[id] != null) {
                extra += parts[id].length - 1;
            }
        }
        if (extra == 0) {
            return ids;
        }
        int[] out = new int[ids.length + extra];
        int k = 0;
        for (int id : ids) {
            if (parts[id] == null) {
                out[k++] = id;
            } else {
                for (int p : parts[id]) {
                    out[k++] = p;
                }
            }
        }
        return out;
    }

    private static int[] documentFrequencies(int n, int v, int[][] titles, int[][] descs) {
        return IntStream.range(0, n).parallel().collect(() -> new int[v], (acc, i) -> {
            int[] all = new int[titles[i].length + descs[i].length];
            System.arraycopy(titles[i], 0, all, 0, titles[i].length);
            System.arraycopy(descs[i], 0, all, titles[i].length, descs[i].length);
            Arrays.sort(all);
            for (int k = 0; k < all.length; k++) {
                if (k == 0 || all[k] != all[k - 1]) {
                    acc[all[k]]++;
                }
            }
        }, (a, b) -> {
            for (int t = 0; t < v; t++) {
                a[t] += b[t];
            }
        });
    }

    private static void row(int i, int[] title, int[] desc, int[] rank, double[] idf, double wt, double wd,
            int[][] rowTerms, float[][] rowWeights) {
        int[] tr = ranks(title, rank);
        int[] dr = ranks(desc, rank);
        double[] tw = tfidf(tr, idf);
        double[] dw = tfidf(dr, idf);
        double tn = norm(tw);
        double dn = norm(dw);
        double ft = tn == 0 ? 0 : (dn == 0 ? 1 : wt) / tn;
        double fd = dn == 0 ? 0 : (tn == 0 ? 1 : wd) / dn;
        // Merge two sorted distinct rank lists.
        int[] terms = new int[distinctCount(tr) + distinctCount(dr)];
        double[] w = new double[terms.length];
        int a = 0;
        int b = 0;
        int k = 0;
        while (a < tr.length || b < dr.length) {
            int ta = a < tr.length ? tr[a] : Integer.MAX_VALUE;
            int tb = b < dr.length ? dr[b] : Integer.MAX_VALUE;
            int t = Math.min(ta, tb);
            double val = 0;
            if (ta == t) {
                val += tw[a] * ft;
                a = skip(tr, a);
            }
            if (tb == t) {
                val += dw[b] * fd;
                b = skip(dr, b);
            }
            terms[k] = t;
            w[k++] = val;
        }
        double total = 0;
        for (int x = 0; x < k; x++) {
            total += w[x] * w[x];
        }
        double inv = total == 0 ? 0 : 1 / Math.sqrt(total);
        int[] outT = Arrays.copyOf(terms, k);
        float[] outW = new float[k];
        for (int x = 0; x < k; x++) {
            outW[x] = (float) (w[x] * inv);
        }
        rowTerms[i] = outT;
        rowWeights[i] = outW;
    }

    private static int[] ranks(int[] ids, int[] rank) {
        int[] r = new int[ids.length];
        for (int k = 0; k < ids.length; k++) {
            r[k] = rank[ids[k]];
        }
        Arrays.sort(r);
        return r;
    }

    /** Sublinear tf times idf, one value per run of equal ranks (stored at the run start). */
    private static double[] tfidf(int[] sortedRanks, double[] idf) {
        double[] w = new double[sortedRanks.length];
        int k = 0;
        while (k < sortedRanks.length) {
            int e = k;
            while (e < sortedRanks.length && sortedRanks[e] == sortedRanks[k]) {
                e++;
            }
            w[k] = (1 + Math.log(e - k)) * idf[sortedRanks[k]];
            k = e;
        }
        return w;
    }

    private static double norm(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static int skip(int[] sorted, int k) {
        int v = sorted[k];
        while (k < sorted.length && sorted[k] == v) {
            k++;
        }
        return k;
    }

    private static int distinctCount(int[] sorted) {
        int c = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                c++;
            }
        }
        return c;
    }
}
