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
import org.regionet.analysis.internal.SortedInts;
import org.regionet.analysis.text.SparseVectors;
import org.regionet.model.FindingKind;

/**
 * Cross-region analogues (informative): the same kind of offer in neighbouring regions — a
 * chance to cooperate. Pairs share a root field, lie in neighbouring but not overlapping
 * regions, have different, non-cooperating leads, and score
 * {@code text × (base + type + field terms)} at or above the threshold.
 * <p>
 * Blocking: activities are bucketed by (region, root field); each (root, region, neighbour)
 * unit cross-joins two buckets on text cosine ≥ threshold. A pair is handled only in its
 * smallest unit.
 */
public final class AnalogueDetector {

    private final AnalysisContext ctx;
    private final ActivityTable t;
    private final SparseVectors text;
    private final CooperationIndex cooperation;
    private final int nFields;

    public AnalogueDetector(AnalysisContext ctx, ActivityTable table, SparseVectors text, CooperationIndex cooperation) {
        this.ctx = ctx;
        this.t = table;
        this.text = text;
        this.cooperation = cooperation;
        this.nFields = Math.max(1, ctx.index.fields.size());
    }

    public List<Finding> run() {
        double threshold = ctx.settings.analogueThreshold();
        // Dense per-activity arrays: the pre-cosine filter runs tens of millions of times.
        leadOf = new int[t.size];
        single = new boolean[t.size];
        for (int i = 0; i < t.size; i++) {
            leadOf[i] = ctx.canonical(t.lead[i]);
            single[i] = t.regions[i].length == 1;
        }
        int[][] neighbours = ctx.index.neighbours();
        int nRegions = ctx.index.regions.size();
        // Bucket (region, root) -> activities, as sorted key*n+i with a start table per key.
        long n = t.size;
        int count = 0;
        for (int i = 0; i < t.size; i++) {
            count += t.regions[i].length * t.roots[i].length;
        }
        long[] members = new long[count];
        int k = 0;
        for (int i = 0; i < t.size; i++) {
            for (int r : t.regions[i]) {
                for (int f : t.roots[i]) {
                    members[k++] = ((long) r * nFields + f) * n + i;
                }
            }
        }
        Arrays.parallelSort(members);
        int keys = Math.multiplyExact(nRegions, nFields);
        int[] start = new int[keys + 1];
        for (long m : members) {
            start[(int) (m / n) + 1]++;
        }
        for (int x = 0; x < keys; x++) {
            start[x + 1] += start[x];
        }
        // Units: (root, region, neighbour) with region < neighbour and both buckets non-empty.
        LongUnits units = new LongUnits();
        for (int r = 0; r < nRegions; r++) {
            for (int q : neighbours[r]) {
                if (q <= r) {
                    continue;
                }
                for (int f = 0; f < nFields; f++) {
                    int a = r * nFields + f;
                    int b = q * nFields + f;
                    if (start[a + 1] > start[a] && start[b + 1] > start[b]) {
                        units.add(f, r, q);
                    }
                }
            }
        }
        ctx.count("analogue.units", units.size());
        List<ScoredPairs> results = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<CosineJoin> joins = ThreadLocal.withInitial(() -> new CosineJoin(text));
        ThreadLocal<ScoredPairs> buffers = ThreadLocal.withInitial(() -> {
            ScoredPairs p = new ScoredPairs();
            results.add(p);
            return p;
        });
        IntStream.range(0, units.size()).parallel().forEach(u -> {
            if ((u & 0xFF) == 0) {
                ctx.monitor.checkCanceled();
            }
            int f = units.root(u);
            int r = units.region(u);
            int q = units.neighbour(u);
            int[] left = rows(members, start, r * nFields + f, n);
            int[] right = rows(members, start, q * nFields + f, n);
            ScoredPairs out = buffers.get();
            joins.get().cross(left, left.length, right, right.length, threshold,
                    (a, b) -> !TitleOnly.thin(t, a, b) && cheap(a, b), (a, b, cos) -> {
                double score = score(a, b, cos, f, r, q, neighbours);
                if (score >= threshold - 1e-9) {
                    out.add(a, b, score);
                }
            });
            // Title-only activities: the cosine join cannot find them (see TitleOnly).
            for (int a : left) {
                for (int b : right) {
                    if (TitleOnly.thin(t, a, b) && cheap(a, b)) {
                        double score = score(a, b, text.cosine(a, b), f, r, q, neighbours);
                        if (score >= threshold - 1e-9) {
                            out.add(a, b, score);
                        }
                    }
                }
            }
        });
        ScoredPairs all = ScoredPairs.merge(results);
        ActivityEvidence evidence = new ActivityEvidence(ctx, t, text);
        List<Finding> findings = IntStream.range(0, all.size()).parallel()
                .mapToObj(x -> finding(all.a.get(x), all.b.get(x), all.score(x), evidence)).toList();
        ctx.count("analogue.findings", findings.size());
        return findings;
    }

    private static int[] rows(long[] members, int[] start, int key, long n) {
        int[] out = new int[start[key + 1] - start[key]];
        for (int k = 0; k < out.length; k++) {
            out[k] = (int) (members[start[key] + k] % n);
        }
        return out;
    }

    private int[] leadOf;
    private boolean[] single;

    /**
     * Cheapest conditions, checked before the cosine: different leads, regions apart. Within a
     * unit a single-region activity on each side cannot overlap (the unit's regions differ).
     */
    private boolean cheap(int i, int j) {
        int li = leadOf[i];
        if (li >= 0 && li == leadOf[j]) {
            return false;
        }
        return single[i] && single[j] || !SortedInts.intersects(t.regions[i], t.regions[j]);
    }

    /** All conditions that need no text: regions apart, smallest unit, different leads. */
    private boolean structural(int i, int j, int f, int r, int q, int[][] neighbours) {
        if (SortedInts.intersects(t.regions[i], t.regions[j])) {
            return false; // overlapping regions are the parallel detector's business
        }
        if (!isSmallestUnit(i, j, f, r, q, neighbours)) {
            return false;
        }
        int li = ctx.canonical(t.lead[i]);
        int lj = ctx.canonical(t.lead[j]);
        return li < 0 || li != lj;
    }

    private double score(int i, int j, double cos, int f, int r, int q, int[][] neighbours) {
        if (!structural(i, j, f, r, q, neighbours)) {
            return -1;
        }
        int li = ctx.canonical(t.lead[i]);
        int lj = ctx.canonical(t.lead[j]);
        int[] roots = SortedInts.intersection(t.roots[i], t.roots[j]);
        if (cooperation.leadsCooperate(t, i, j, li, lj, roots)) {
            return -1;
        }
        if (TitleOnly.thin(t, i, j)) {
            // Without text to compare, only the full structural match counts: same type and a shared target group.
            if (t.type[i] != t.type[j] || !SortedInts.intersects(t.targets[i], t.targets[j])) {
                return -1;
            }
            return multiplier(i, j) * (TitleOnly.conflict(t, text, i, j) == null ? 1 : ctx.settings.subjectConflictFactor());
        }
        return cos * multiplier(i, j) * (text.subjectConflict(i, j) == null ? 1 : ctx.settings.subjectConflictFactor());
    }

    /** All qualifying pairs without blocking, the reference for blocking recall. Packed pairs, sorted. */
    public long[] exhaustive() {
        double threshold = ctx.settings.analogueThreshold();
        int[][] neighbours = ctx.index.neighbours();
        org.regionet.analysis.internal.LongList out = new org.regionet.analysis.internal.LongList();
        for (int i = 0; i < t.size; i++) {
            for (int j = i + 1; j < t.size; j++) {
                int[] roots = SortedInts.intersection(t.roots[i], t.roots[j]);
                if (roots.length == 0) {
                    continue;
                }
                long best = Long.MAX_VALUE;
                for (int a : t.regions[i]) {
                    for (int b : t.regions[j]) {
                        if (a != b && SortedInts.contains(neighbours[a], b)) {
                            best = Math.min(best, (long) Math.min(a, b) << 32 | Math.max(a, b));
                        }
                    }
                }
                if (best == Long.MAX_VALUE) {
                    continue;
                }
                double s = score(i, j, text.cosine(i, j), roots[0], (int) (best >>> 32), (int) best, neighbours);
                if (s >= threshold - 1e-9) {
                    out.add(org.regionet.analysis.internal.LongList.pair(i, j));
                }
            }
        }
        return out.toSortedSet();
    }

    private double multiplier(int i, int j) {
        AnalysisSettings s = ctx.settings;
        double base = 1 - s.analogueTypeWeight() - s.analogueFieldWeight();
        return base + s.analogueTypeWeight() * (t.type[i] == t.type[j] ? 1 : 0)
                + s.analogueFieldWeight() * SortedInts.jaccard(t.fields[i], t.fields[j]);
    }

    /** True if (f, r, q) is the smallest (root, low region, high region) unit containing the pair. */
    private boolean isSmallestUnit(int i, int j, int f, int r, int q, int[][] neighbours) {
        if (SortedInts.firstShared(t.roots[i], t.roots[j]) != f) {
            return false;
        }
        long best = Long.MAX_VALUE;
        for (int a : t.regions[i]) {
            for (int b : t.regions[j]) {
                if (a != b && SortedInts.contains(neighbours[a], b)) {
                    long unit = (long) Math.min(a, b) << 32 | Math.max(a, b);
                    best = Math.min(best, unit);
                }
            }
        }
        return best == ((long) r << 32 | q);
    }


    private Finding finding(int i, int j, double score, ActivityEvidence ev) {
        if (ElementNames.inReverseOrder(t.activity[i], t.activity[j])) {
            return finding(j, i, score, ev);
        }
        List<Evidence> evidence = ev.withSubjectOf(i, j, List.of(
                ev.text(i, j, text.cosine(i, j), Messages.Activity_titleOnlyAnalogue), ev.type(i, j), ev.fields(i, j),
                new Evidence("region", 1, NLS.bind(Messages.Activity_neighbouringRegions, ev.regions(t.regions[i]),
                        ev.regions(t.regions[j]))),
                ev.period(i, j), ev.leads(i, j)));
        String message = NLS.bind(Messages.Finding_analogue, new Object[] {ElementNames.label(t.activity[i]),
                ev.regions(t.regions[i]), ElementNames.label(t.activity[j]), ev.regions(t.regions[j]),
                ev.fieldLabels(SortedInts.intersection(t.roots[i], t.roots[j]))});
        return new Finding(FindingKind.ANALOGUE, score, List.of(t.activity[i], t.activity[j]), evidence, message);
    }

    /** (root, region, neighbour) triples without boxing. */
    private static final class LongUnits {
        private final IntList root = new IntList();
        private final IntList region = new IntList();
        private final IntList neighbour = new IntList();

        void add(int f, int r, int q) {
            root.add(f);
            region.add(r);
            neighbour.add(q);
        }

        int size() {
            return root.size();
        }

        int root(int u) {
            return root.get(u);
        }

        int region(int u) {
            return region.get(u);
        }

        int neighbour(int u) {
            return neighbour.get(u);
        }
    }
}
