package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.analysis.blocking.CosineJoin;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.Messages;
import org.regionet.analysis.internal.Periods;
import org.regionet.analysis.internal.SortedInts;
import org.regionet.analysis.text.SparseVectors;
import org.regionet.model.FindingKind;

/**
 * Parallel activities: the same kind of offer twice in one place and time. A pair qualifies
 * when the activities share a root action field and a target group, their regions and periods
 * overlap, their (resolved) leads differ and do not cooperate (see {@link CooperationIndex}).
 * It is reported when {@code text × (base + type + field + target terms)} reaches the threshold.
 * <p>
 * Blocking: activities are bucketed by (region, root field, target group) — the structural
 * conditions — and within a bucket only pairs with text cosine ≥ threshold are generated, by
 * prefix filtering ({@link CosineJoin}). Since the multiplier is at most 1 this loses nothing.
 * A pair sharing several buckets is handled only in the smallest shared one.
 * <p>
 * Title-only activities (no description) are paired with their whole bucket and scored by the
 * structure alone unless their titles name different subjects, see {@link TitleOnly}. Activities
 * without a lead are not compared (incomplete data).
 */
public final class ParallelActivityDetector {

    private final AnalysisContext ctx;
    private final ActivityTable t;
    private final SparseVectors text;
    private final CooperationIndex cooperation;
    private final int nFields;
    private final int nTargets;

    public ParallelActivityDetector(AnalysisContext ctx, ActivityTable table, SparseVectors text,
            CooperationIndex cooperation) {
        this.ctx = ctx;
        this.t = table;
        this.text = text;
        this.cooperation = cooperation;
        this.nFields = Math.max(1, ctx.index.fields.size());
        this.nTargets = Math.max(1, ctx.index.targets.size());
    }

    public List<Finding> run() {
        AnalysisSettings s = ctx.settings;
        double threshold = s.parallelThreshold();
        long[] members = buckets();
        int[] starts = runs(members);
        ctx.count("parallel.buckets", starts.length - 1);
        List<ScoredPairs> results = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<CosineJoin> joins = ThreadLocal.withInitial(() -> new CosineJoin(text));
        ThreadLocal<ScoredPairs> buffers = ThreadLocal.withInitial(() -> {
            ScoredPairs p = new ScoredPairs();
            results.add(p);
            return p;
        });
        ThreadLocal<int[]> rowsScratch = ThreadLocal.withInitial(() -> new int[64]);
        long n = t.size;
        IntStream.range(0, starts.length - 1).parallel().forEach(bi -> {
            if ((bi & 0xFF) == 0) {
                ctx.monitor.checkCanceled();
            }
            int from = starts[bi];
            int to = starts[bi + 1];
            if (to - from < 2) {
                return;
            }
            long key = members[from] / n;
            int[] rows = rowsScratch.get();
            if (rows.length < to - from) {
                rows = new int[Math.max(to - from, rows.length * 2)];
                rowsScratch.set(rows);
            }
            for (int k = from; k < to; k++) {
                rows[k - from] = (int) (members[k] % n);
            }
            ScoredPairs out = buffers.get();
            joins.get().self(rows, to - from, threshold, (a, b) -> !thin(a, b) && structural(a, b, key), (a, b, cos) -> {
                double score = score(a, b, cos, key);
                if (score >= threshold - 1e-9) {
                    out.add(a, b, score);
                }
            });
            // Title-only activities: the cosine cannot tell their offers apart, so the join (which
            // needs cosine >= threshold) would never produce them; pair them with the whole bucket.
            for (int x = 0; x < to - from; x++) {
                int a = rows[x];
                if (!t.thinText[a]) {
                    continue;
                }
                for (int y = 0; y < to - from; y++) {
                    int b = rows[y];
                    if (y == x || (t.thinText[b] && y < x)) {
                        continue;
                    }
                    double score = score(a, b, text.cosine(a, b), key);
                    if (score >= threshold - 1e-9) {
                        out.add(Math.min(a, b), Math.max(a, b), score);
                    }
                }
            }
        });
        ScoredPairs all = ScoredPairs.merge(results);
        ActivityEvidence evidence = new ActivityEvidence(ctx, t, text);
        List<Finding> findings = IntStream.range(0, all.size()).parallel()
                .mapToObj(x -> finding(all.a.get(x), all.b.get(x), all.score(x), evidence)).toList();
        ctx.count("parallel.findings", findings.size());
        return findings;
    }

    /** The conditions that need no text (checked before the cosine): own bucket, leads, periods. */
    private boolean structural(int i, int j, long bucketKey) {
        if (minSharedKey(i, j) != bucketKey) {
            return false;
        }
        int li = ctx.canonical(t.lead[i]);
        int lj = ctx.canonical(t.lead[j]);
        if (li < 0 || lj < 0 || li == lj) {
            return false; // same lead, or no lead (incomplete data): not compared
        }
        return Periods.overlap(t.from[i], t.to[i], t.from[j], t.to[j]);
    }

    /** The pair score, or -1 if a structural condition fails or another bucket owns the pair. */
    private double score(int i, int j, double cos, long bucketKey) {
        if (!structural(i, j, bucketKey)) {
            return -1;
        }
        int li = ctx.canonical(t.lead[i]);
        int lj = ctx.canonical(t.lead[j]);
        int[] roots = SortedInts.intersection(t.roots[i], t.roots[j]);
        if (cooperation.leadsCooperate(t, i, j, li, lj, roots)) {
            return -1;
        }
        return textFactor(i, j, cos) * multiplier(i, j);
    }

    /** The subject conflict of a title-only pair ({@link TitleOnly#conflict}), or null. */
    String[] titleConflict(int i, int j) {
        return TitleOnly.conflict(t, text, i, j);
    }

    /** True if either activity has only a title: too little text to judge whether the offers differ. */
    boolean thin(int i, int j) {
        return TitleOnly.thin(t, i, j);
    }

    /**
     * The text part of the score: the cosine, halved on a subject conflict. For a title-only
     * activity a short title says little about the offer (compounds, brand names), so the
     * structural conditions alone decide and the text factor is 1.
     */
    private double textFactor(int i, int j, double cos) {
        if (thin(i, j)) {
            return titleConflict(i, j) == null ? 1 : ctx.settings.subjectConflictFactor();
        }
        return cos * (text.subjectConflict(i, j) == null ? 1 : ctx.settings.subjectConflictFactor());
    }

    /**
     * All qualifying pairs by comparing every pair of activities, without blocking: the
     * reference for measuring blocking recall on small inputs. Packed pairs, sorted.
     */
    public long[] exhaustive() {
        double threshold = ctx.settings.parallelThreshold();
        org.regionet.analysis.internal.LongList out = new org.regionet.analysis.internal.LongList();
        for (int i = 0; i < t.size; i++) {
            for (int j = i + 1; j < t.size; j++) {
                if (!SortedInts.intersects(t.regions[i], t.regions[j]) || !SortedInts.intersects(t.roots[i], t.roots[j])
                        || !SortedInts.intersects(t.targets[i], t.targets[j])) {
                    continue;
                }
                double s = score(i, j, text.cosine(i, j), minSharedKey(i, j));
                if (s >= threshold - 1e-9) {
                    out.add(org.regionet.analysis.internal.LongList.pair(i, j));
                }
            }
        }
        return out.toSortedSet();
    }

    double multiplier(int i, int j) {
        AnalysisSettings s = ctx.settings;
        double base = 1 - s.parallelTypeWeight() - s.parallelFieldWeight() - s.parallelTargetWeight();
        return base + s.parallelTypeWeight() * (t.type[i] == t.type[j] ? 1 : 0)
                + s.parallelFieldWeight() * SortedInts.jaccard(t.fields[i], t.fields[j])
                + s.parallelTargetWeight() * SortedInts.jaccard(t.targets[i], t.targets[j]);
    }

    /** The smallest (region, root, target) key both activities are in, or -1. */
    private long minSharedKey(int i, int j) {
        int r = SortedInts.firstShared(t.regions[i], t.regions[j]);
        int f = SortedInts.firstShared(t.roots[i], t.roots[j]);
        int g = SortedInts.firstShared(t.targets[i], t.targets[j]);
        if (r < 0 || f < 0 || g < 0) {
            return -1;
        }
        return key(r, f, g);
    }

    private long key(int region, int root, int target) {
        return ((long) region * nFields + root) * nTargets + target;
    }


    /** Sorted {@code key * n + activity} for every (region, root, target) an activity is in. */
    private long[] buckets() {
        long n = t.size;
        int count = 0;
        for (int i = 0; i < t.size; i++) {
            count += t.regions[i].length * t.roots[i].length * t.targets[i].length;
        }
        long[] out = new long[count];
        int k = 0;
        for (int i = 0; i < t.size; i++) {
            for (int r : t.regions[i]) {
                for (int f : t.roots[i]) {
                    for (int g : t.targets[i]) {
                        out[k++] = Math.addExact(Math.multiplyExact(key(r, f, g), n), i);
                    }
                }
            }
        }
        Arrays.parallelSort(out);
        return out;
    }

    private int[] runs(long[] members) {
        long n = t.size;
        IntList starts = new IntList();
        for (int k = 0; k < members.length; k++) {
            if (k == 0 || members[k] / n != members[k - 1] / n) {
                starts.add(k);
            }
        }
        starts.add(members.length);
        return starts.toArray();
    }

    private Finding finding(int i, int j, double score, ActivityEvidence ev) {
        if (ElementNames.inReverseOrder(t.activity[i], t.activity[j])) {
            return finding(j, i, score, ev);
        }
        int[] regions = SortedInts.intersection(t.regions[i], t.regions[j]);
        String shared = t.regionsFromLead[i] || t.regionsFromLead[j] ? Messages.Activity_sharedRegionsFromLead
                : Messages.Activity_sharedRegions;
        List<Evidence> evidence = ev.withSubjectOf(i, j, List.of(
                ev.text(i, j, text.cosine(i, j), Messages.Activity_titleOnlyParallel), ev.type(i, j), ev.fields(i, j),
                ev.targets(i, j), new Evidence("region", 1, NLS.bind(shared, ev.regions(regions))), ev.period(i, j),
                ev.leads(i, j)));
        String message = NLS.bind(Messages.Finding_parallel, new Object[] {ElementNames.label(t.activity[i]), ev.lead(i),
                ElementNames.label(t.activity[j]), ev.lead(j), ev.fieldLabels(SortedInts.intersection(t.roots[i], t.roots[j])),
                ev.targetLabels(SortedInts.intersection(t.targets[i], t.targets[j])), ev.regions(regions)});
        return new Finding(FindingKind.PARALLEL, score, List.of(t.activity[i], t.activity[j]), evidence, message);
    }
}
