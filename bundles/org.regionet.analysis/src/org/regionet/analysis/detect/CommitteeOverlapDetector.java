package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.internal.Messages;
import org.regionet.analysis.internal.SortedInts;
import org.regionet.analysis.text.SparseVectors;
import org.regionet.analysis.text.TextVectorizer;
import org.regionet.model.ActionField;
import org.regionet.model.Committee;
import org.regionet.model.FindingKind;
import org.regionet.model.MemberRole;
import org.regionet.model.Membership;

/**
 * Overlapping committees: bodies with largely the same people, mandate and region. Members are
 * weighted by role (a shared chair weighs more than a shared guest) and compared with the Ruzicka
 * similarity {@code Σ min(w) / Σ max(w)}, a weighted Jaccard. The score adds mandate overlap,
 * same region, same kind and title similarity with the configured weights. Candidates are pairs
 * sharing a (resolved) member plus all pairs within a region.
 */
public final class CommitteeOverlapDetector {

    private final AnalysisContext ctx;
    private final List<Committee> committees;
    private int[][] members;
    private double[][] memberWeights;
    private int[] region;
    private int[][] mandate;
    private SparseVectors titles;

    public CommitteeOverlapDetector(AnalysisContext ctx) {
        this.ctx = ctx;
        this.committees = ctx.index.committees;
    }

    public List<Finding> run() {
        profile();
        long[] pairs = candidates();
        ctx.count("committee.candidatePairs", pairs.length);
        double threshold = ctx.settings.committeeThreshold();
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            if ((k & 0x3FFF) == 0) {
                ctx.monitor.checkCanceled();
            }
            int a = LongList.first(pairs[k]);
            int b = LongList.second(pairs[k]);
            double score = score(a, b, null);
            if (score >= threshold - 1e-9) {
                List<Evidence> ev = new ArrayList<>();
                score(a, b, ev);
                out.add(finding(a, b, score, ev));
            }
        }
        ctx.count("committee.findings", out.size());
        return out;
    }

    private void profile() {
        int n = committees.size();
        members = new int[n][];
        memberWeights = new double[n][];
        region = new int[n];
        mandate = new int[n][];
        for (int c = 0; c < n; c++) {
            Committee com = committees.get(c);
            Map<Integer, Double> w = new HashMap<>();
            for (Membership m : com.getMembers()) {
                int id = ctx.canonical(ctx.index.actors.find(m.getActor()));
                if (id >= 0) {
                    w.merge(id, roleWeight(m.getRole()), Math::max);
                }
            }
            int chair = ctx.canonical(ctx.index.actors.find(com.getChair()));
            if (chair >= 0) {
                w.merge(chair, ctx.settings.roleChair(), Math::max);
            }
            int[] ids = w.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            double[] ws = new double[ids.length];
            for (int k = 0; k < ids.length; k++) {
                ws[k] = w.get(ids[k]);
            }
            members[c] = ids;
            memberWeights[c] = ws;
            region[c] = ctx.index.regions.find(com.getRegion());
            IntList f = new IntList(4);
            for (ActionField field : com.getMandate()) {
                for (int x : ctx.index.lineage(ctx.index.fieldId(field))) {
                    f.add(x);
                }
            }
            mandate[c] = f.toSortedSet();
        }
        TextVectorizer v = new TextVectorizer(ctx.lexicon, java.util.Set.of(), 1.0);
        titles = v.vectorize(n, c -> title(committees.get(c)), c -> null);
    }

    private static String title(Committee c) {
        return c.getTitle() != null && !c.getTitle().isBlank() ? c.getTitle()
                : org.regionet.analysis.text.Folding.splitIdentifier(c.getName());
    }

    private double roleWeight(MemberRole role) {
        AnalysisSettings s = ctx.settings;
        return switch (role) {
            case CHAIR -> s.roleChair();
            case DEPUTY -> s.roleDeputy();
            case ADVISOR -> s.roleAdvisor();
            case GUEST -> s.roleGuest();
            default -> s.roleMember();
        };
    }

    private long[] candidates() {
        Map<Integer, IntList> byActor = new HashMap<>();
        Map<Integer, IntList> byRegion = new HashMap<>();
        for (int c = 0; c < committees.size(); c++) {
            for (int a : members[c]) {
                byActor.computeIfAbsent(a, k -> new IntList(4)).add(c);
            }
            if (region[c] >= 0) {
                byRegion.computeIfAbsent(region[c], k -> new IntList(4)).add(c);
            }
        }
        LongList pairs = new LongList();
        for (Map<Integer, IntList> groups : List.of(byActor, byRegion)) {
            for (IntList g : groups.values()) {
                for (int i = 0; i < g.size(); i++) {
                    for (int j = i + 1; j < g.size(); j++) {
                        pairs.add(LongList.pair(g.get(i), g.get(j)));
                    }
                }
            }
        }
        return pairs.toSortedSet();
    }

    /** The score; fills {@code ev} with evidence if not null. */
    private double score(int a, int b, List<Evidence> ev) {
        AnalysisSettings s = ctx.settings;
        double members = ruzicka(a, b, ev);
        double mandateSim = SortedInts.jaccard(mandate[a], mandate[b]);
        double regionSim = region[a] < 0 || region[b] < 0 ? 0
                : region[a] == region[b] ? 1 : ctx.index.neighbours(region[a], region[b]) ? 0.5 : 0;
        Committee ca = committees.get(a);
        Committee cb = committees.get(b);
        double kind = ca.getKind() == cb.getKind() ? 1 : 0;
        double title = titles.cosine(a, b);
        if (ev != null) {
            ev.add(new Evidence("mandate", mandateSim, NLS.bind(Messages.Committee_mandate,
                    ActivityEvidence.labels(ctx.index.fields, SortedInts.intersection(mandate[a], mandate[b])))));
            ev.add(new Evidence("region", regionSim, regionSim == 1 ? NLS.bind(Messages.Region_same, label(region[a]))
                    : regionSim > 0 ? NLS.bind(Messages.Region_neighbouring, label(region[a]), label(region[b]))
                    : Messages.Region_differ));
            ev.add(new Evidence("kind", kind, NLS.bind(kind == 1 ? Messages.Kind_sameCommittee
                    : Messages.Kind_differentCommittee, ca.getKind().getLiteral(), cb.getKind().getLiteral())));
            ev.add(new Evidence("title", title, Messages.Committee_title));
        }
        return s.committeeMemberWeight() * members + s.committeeMandateWeight() * mandateSim
                + s.committeeRegionWeight() * regionSim + s.committeeKindWeight() * kind + s.committeeTitleWeight() * title;
    }

    private double ruzicka(int a, int b, List<Evidence> ev) {
        int[] ma = members[a];
        int[] mb = members[b];
        double[] wa = memberWeights[a];
        double[] wb = memberWeights[b];
        double min = 0;
        double max = 0;
        int i = 0;
        int j = 0;
        List<String> shared = ev == null ? null : new ArrayList<>();
        while (i < ma.length || j < mb.length) {
            if (j >= mb.length || i < ma.length && ma[i] < mb[j]) {
                max += wa[i++];
            } else if (i >= ma.length || mb[j] < ma[i]) {
                max += wb[j++];
            } else {
                min += Math.min(wa[i], wb[j]);
                max += Math.max(wa[i], wb[j]);
                if (shared != null) {
                    shared.add(ElementNames.label(ctx.index.actors.get(ma[i])));
                }
                i++;
                j++;
            }
        }
        double sim = max == 0 ? 0 : min / max;
        if (ev != null) {
            ev.add(new Evidence("members", sim, NLS.bind(Messages.Committee_members, new Object[] {shared.size(), ma.length, mb.length,
                    shared.size() > 8 ? String.join(", ", shared.subList(0, 8)) + ", ..." : String.join(", ", shared)})));
        }
        return sim;
    }

    private String label(int r) {
        return r < 0 ? Messages.None : ElementNames.label(ctx.index.regions.get(r));
    }

    private Finding finding(int a, int b, double score, List<Evidence> ev) {
        Committee x = committees.get(a);
        Committee y = committees.get(b);
        if (ElementNames.inReverseOrder(x, y)) {
            Committee t = x;
            x = y;
            y = t;
        }
        String message = NLS.bind(Messages.Finding_committee, ElementNames.label(x), ElementNames.label(y));
        return new Finding(FindingKind.OVERLAPPING_COMMITTEE, score, List.of(x, y), ev, message);
    }
}
