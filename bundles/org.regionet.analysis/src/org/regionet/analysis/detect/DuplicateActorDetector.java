package org.regionet.analysis.detect;

import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Finding;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.internal.Messages;
import org.regionet.analysis.text.NameComparator;
import org.regionet.model.FindingKind;

/**
 * Finds actors that are one body under several names. Candidates come from
 * {@link ActorBlocking} over all normalised names (titles and aliases); each candidate pair is scored by
 * {@link ActorPairScorer}; pairs at or above the threshold become findings.
 */
public final class DuplicateActorDetector {

    private final AnalysisContext ctx;
    private ActorProfiles profiles;
    private ActorPairScorer scorer;

    public DuplicateActorDetector(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    /** Runs detection; findings are unfiltered (suppressions apply later). */
    public List<Finding> run() {
        AnalysisSettings s = ctx.settings;
        profiles = new ActorProfiles(ctx.index, ctx.normalizer);
        NameComparator comparator = new NameComparator(ctx.lexicon, s.vetoFactor(), s.falseFriendFactor(),
                s.falseFriendSimilarity(), s.extraWordFactor());
        scorer = new ActorPairScorer(profiles, ctx.index, comparator, s);
        ctx.monitor.checkCanceled();

        long t0 = System.nanoTime();
        long[] pairs = candidates();
        ctx.count("duplicate.candidatePairs", pairs.length);
        ctx.count("time.duplicates.blocking", (System.nanoTime() - t0) / 1_000_000);
        ctx.monitor.checkCanceled();

        double threshold = s.duplicateThreshold();
        float[] scores = new float[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> {
            if ((k & 0xFFFF) == 0) {
                ctx.monitor.checkCanceled();
            }
            scores[k] = (float) scorer.score(LongList.first(pairs[k]), LongList.second(pairs[k]), threshold);
        });
        IntList kept = new IntList();
        for (int k = 0; k < pairs.length; k++) {
            if (scores[k] >= threshold - 1e-6) {
                kept.add(k);
            }
        }
        List<Finding> out = IntStream.range(0, kept.size()).parallel().mapToObj(k -> {
            long pair = pairs[kept.get(k)];
            return finding(LongList.first(pair), LongList.second(pair));
        }).toList();
        ctx.count("duplicate.findings", out.size());
        return out;
    }

    /** Candidate actor pairs (packed, sorted, distinct) from the configured blocking. */
    long[] candidates() {
        return ActorBlocking.candidates(ctx, profiles);
    }

    /**
     * The score of any two declared actors, or 0 if it is certainly below the threshold (for
     * benchmarks measuring blocking recall); call after {@link #run()}.
     */
    public double score(int actorA, int actorB) {
        return scorer.score(actorA, actorB, ctx.settings.duplicateThreshold());
    }

    /** Candidate pairs of the last run's blocking; call after {@link #run()}. */
    public long[] candidatePairs() {
        return candidates();
    }

    private Finding finding(int a, int b) {
        ActorPairScorer.Scored scored = scorer.score(a, b, true);
        var x = profiles.actor[a];
        var y = profiles.actor[b];
        if (ElementNames.inReverseOrder(x, y)) {
            var t = x;
            x = y;
            y = t;
        }
        String message = NLS.bind(Messages.Finding_duplicateActor, ElementNames.label(x), ElementNames.label(y));
        return new Finding(FindingKind.DUPLICATE_ACTOR, scored.score(), List.of(x, y), scored.evidence(), message);
    }
}
