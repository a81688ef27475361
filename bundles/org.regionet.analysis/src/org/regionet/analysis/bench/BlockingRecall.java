package org.regionet.analysis.bench;

import java.util.Arrays;
import java.util.List;

import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.Finding;
import org.regionet.analysis.ParallelStructureAnalyzer;
import org.regionet.analysis.detect.ActivityTable;
import org.regionet.analysis.detect.AnalogueDetector;
import org.regionet.analysis.detect.AnalysisContext;
import org.regionet.analysis.detect.CooperationIndex;
import org.regionet.analysis.detect.DuplicateActorDetector;
import org.regionet.analysis.detect.ParallelActivityDetector;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.internal.ModelIndex;
import org.regionet.analysis.internal.UnionFind;
import org.regionet.analysis.text.Folding;
import org.regionet.analysis.text.SparseVectors;
import org.regionet.analysis.text.TextVectorizer;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;

/**
 * Recall of blocking against exhaustive comparison: the share of pairs that score at or above
 * the threshold when every pair is compared which blocking also delivers. Quadratic; for
 * small inputs only.
 */
public final class BlockingRecall {

    /** Pairs above threshold exhaustively, and how many of them blocking found. */
    public record Recall(String kind, int exhaustive, int blocked, long millisExhaustive, long millisBlocked) {
        public double recall() {
            return exhaustive == 0 ? 1.0 : (double) blocked / exhaustive;
        }
    }

    private BlockingRecall() {
    }

    public static List<Recall> measure(List<RegioModel> models, AnalysisSettings settings) {
        AnalysisContext ctx = new AnalysisContext(settings, AnalysisMonitor.none(), ParallelStructureAnalyzer.lexicon(settings),
                new ModelIndex(models));
        ActivityTable table = new ActivityTable(ctx.index, ctx.warnings);

        DuplicateActorDetector dup = new DuplicateActorDetector(ctx);
        long t0 = System.nanoTime();
        List<Finding> duplicates = dup.run();
        long blockedMs = (System.nanoTime() - t0) / 1_000_000;
        long[] blocked = pairsOf(duplicates, ctx);
        t0 = System.nanoTime();
        LongList all = new LongList();
        int n = ctx.index.declaredActors;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (dup.score(i, j) >= settings.duplicateThreshold() - 1e-6) {
                    all.add(LongList.pair(i, j));
                }
            }
        }
        long[] exhaustive = all.toSortedSet();
        Recall dupRecall = new Recall("duplicate-actor", exhaustive.length, intersection(exhaustive, blocked),
                (System.nanoTime() - t0) / 1_000_000, blockedMs);

        UnionFind uf = new UnionFind(ctx.index.actors.size());
        for (long p : blocked) {
            uf.union(LongList.first(p), LongList.second(p));
        }
        ctx.resolve(uf.representatives());
        CooperationIndex coop = new CooperationIndex(ctx);
        java.util.Set<String> drop = new java.util.HashSet<>();
        for (Region r : ctx.index.regions.items()) {
            drop.addAll(Folding.tokens(r.getTitle()));
        }
        SparseVectors text = new TextVectorizer(ctx.lexicon, drop, settings.titleWeight(), settings.distinctiveShare()).vectorize(table.size,
                i -> table.activity[i].getTitle(), i -> table.activity[i].getDescription());

        ParallelActivityDetector par = new ParallelActivityDetector(ctx, table, text, coop);
        t0 = System.nanoTime();
        long[] parBlocked = activityPairs(par.run(), table);
        blockedMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        long[] parAll = par.exhaustive();
        Recall parRecall = new Recall("parallel", parAll.length, intersection(parAll, parBlocked),
                (System.nanoTime() - t0) / 1_000_000, blockedMs);

        AnalogueDetector ana = new AnalogueDetector(ctx, table, text, coop);
        t0 = System.nanoTime();
        long[] anaBlocked = activityPairs(ana.run(), table);
        blockedMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        long[] anaAll = ana.exhaustive();
        Recall anaRecall = new Recall("analogue", anaAll.length, intersection(anaAll, anaBlocked),
                (System.nanoTime() - t0) / 1_000_000, blockedMs);
        return List.of(dupRecall, parRecall, anaRecall);
    }

    private static long[] pairsOf(List<Finding> findings, AnalysisContext ctx) {
        LongList out = new LongList();
        for (Finding f : findings) {
            out.add(LongList.pair(ctx.index.actors.find((org.regionet.model.Actor) f.elements().get(0)),
                    ctx.index.actors.find((org.regionet.model.Actor) f.elements().get(1))));
        }
        return out.toSortedSet();
    }

    private static long[] activityPairs(List<Finding> findings, ActivityTable table) {
        java.util.Map<Object, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < table.size; i++) {
            index.put(table.activity[i], i);
        }
        LongList out = new LongList();
        for (Finding f : findings) {
            out.add(LongList.pair(index.get(f.elements().get(0)), index.get(f.elements().get(1))));
        }
        return out.toSortedSet();
    }

    private static int intersection(long[] a, long[] sortedB) {
        int n = 0;
        for (long x : a) {
            if (Arrays.binarySearch(sortedB, x) >= 0) {
                n++;
            }
        }
        return n;
    }
}
