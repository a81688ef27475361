package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.blocking.BlockingInput;
import org.regionet.analysis.blocking.LuceneJoin;
import org.regionet.analysis.blocking.PrefixJaccardJoin;
import org.regionet.analysis.blocking.TokenPairKeys;
import org.regionet.analysis.blocking.TrigramFeatures;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.PairCollector;
import org.regionet.analysis.internal.SortedInts;
import org.regionet.analysis.text.NormalizedName;

/**
 * Candidate pairs of actors. A pair is a candidate if the trigram Jaccard similarity of two
 * of their names reaches the blocking threshold and either
 * <ul>
 * <li>their regions are the same or neighbouring (joined per region neighbourhood, where
 * groups are small, so a low threshold catches heavy misspellings), or</li>
 * <li>their names share a combination of two words, up to one typo ({@link TokenPairKeys};
 * covers actors without regions and the same body filed in distant regions).</li>
 * </ul>
 * Chosen by measurement on the synthetic benchmark: a global trigram join at the same
 * threshold is exact for the Jaccard bound but produced 70 M candidates in 400 s for 150 k actors,
 * because trades and places are shared by thousands of names; Lucene top-30 retrieval took 15 s
 * for 20 k actors. This combination gives 3.6 M candidates for 200 k actors and a blocking recall
 * against exhaustive scoring of 1.000 (2 k actors) and 0.997 (10 k actors).
 */
final class ActorBlocking {

    /**
     * Keys shared by more entries than this are generic and skipped: "bildungswerk" + a place
     * or "agentur" + "arbeit" pair hundreds of unrelated names, while the variants of one body
     * still share a rarer key such as surname + place.
     */
    static final int KEY_CAP = 64;

    private ActorBlocking() {
    }

    static long[] candidates(AnalysisContext ctx, ActorProfiles p) {
        IntList record = new IntList(p.size * 2);
        List<int[]> features = new ArrayList<>(p.size * 2);
        List<String[]> tokens = new ArrayList<>(p.size * 2);
        for (int i = 0; i < p.size; i++) {
            for (NormalizedName n : p.names[i]) {
                if (!n.isEmpty()) {
                    record.add(i);
                    String[] t = n.tokens();
                    tokens.add(t);
                    features.add(TrigramFeatures.codes(List.of(t)));
                }
            }
        }
        int[][] f = features.toArray(new int[0][]);
        TrigramFeatures.rank(f);
        int[] rec = record.toArray();
        BlockingInput input = new BlockingInput(f, rec, null);
        double t = ctx.settings.duplicateBlockingThreshold();
        PairCollector pairs = new PairCollector();
        if (ctx.settings.blocking() == AnalysisSettings.Blocking.LUCENE) {
            LuceneJoin.join(input, ctx.settings.luceneTopK(), ctx.monitor, pairs::add);
            return pairs.toSortedSet();
        }
        long t0 = System.nanoTime();
        regional(ctx, p, input, Math.max(t, ctx.settings.duplicateRegionalBlockingThreshold()), pairs);
        ctx.count("time.duplicates.regional", (System.nanoTime() - t0) / 1_000_000);
        ctx.monitor.checkCanceled();
        t0 = System.nanoTime();
        TokenPairKeys.join(tokens.toArray(new String[0][]), rec, null, KEY_CAP, ctx.monitor, (ea, eb) -> {
            if (PrefixJaccardJoin.jaccard(f[ea], f[eb]) >= t - 1e-9) {
                pairs.add(rec[ea], rec[eb]);
            }
        });
        ctx.count("time.duplicates.keys", (System.nanoTime() - t0) / 1_000_000);
        return pairs.toSortedSet();
    }

    /**
     * Trigram joins among the actors of each region. Neighbouring regions are left to the key
     * pass: including them made the groups five times larger and this pass ten times slower at
     * Germany scale, for variants that share a word pair anyway.
     */
    private static void regional(AnalysisContext ctx, ActorProfiles p, BlockingInput input, double t, PairCollector pairs) {
        int regions = ctx.index.regions.size();
        IntList[] home = new IntList[regions];
        for (int r = 0; r < regions; r++) {
            home[r] = new IntList(8);
        }
        int[] rec = input.record();
        for (int e = 0; e < rec.length; e++) {
            for (int r : p.regions[rec[e]]) {
                home[r].add(e);
            }
        }
        IntStream.range(0, regions).parallel().forEach(r -> {
            if (home[r].isEmpty()) {
                return;
            }
            int[] subset = SortedInts.distinct(home[r].toArray());
            PrefixJaccardJoin.joinSubset(input, subset, t, ctx.monitor, pairs::add);
        });
    }
}
