package org.regionet.analysis.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.internal.SortedInts;
import org.regionet.model.ActionField;
import org.regionet.model.Actor;
import org.regionet.model.Cooperation;

/**
 * Which (resolved) actors cooperate, and on which root fields.
 * <p>
 * Choice: two leads cooperate on a pair of activities if a {@code cooperation} lists both —
 * restricted to its fields when it names any (cooperating on recognition says nothing about
 * apprenticeship offers) — or if either lead is a partner of the other's activity. Sitting in
 * the same committee is not cooperation: committees are where parallels should be noticed.
 */
public final class CooperationIndex {

    private static final int[] ALL_FIELDS = new int[0];

    private final Map<Long, int[]> fieldsByPair = new HashMap<>();
    private final AnalysisContext ctx;

    public CooperationIndex(AnalysisContext ctx) {
        this.ctx = ctx;
        for (Cooperation c : ctx.index.cooperations) {
            List<Actor> partners = c.getPartners();
            int[] ids = new int[partners.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = ctx.canonical(ctx.index.actors.find(partners.get(k)));
            }
            ids = SortedInts.distinct(ids);
            int[] roots = ALL_FIELDS;
            if (!c.getFields().isEmpty()) {
                IntList r = new IntList(4);
                for (ActionField f : c.getFields()) {
                    r.add(ctx.index.root(ctx.index.fieldId(f)));
                }
                roots = r.toSortedSet();
            }
            for (int i = 0; i < ids.length; i++) {
                for (int j = i + 1; j < ids.length; j++) {
                    add(LongList.pair(ids[i], ids[j]), roots);
                }
            }
        }
    }

    private void add(long key, int[] roots) {
        int[] old = fieldsByPair.get(key);
        if (old == ALL_FIELDS) {
            return;
        }
        if (old == null || roots == ALL_FIELDS) {
            fieldsByPair.put(key, roots);
            return;
        }
        int[] merged = new int[old.length + roots.length];
        System.arraycopy(old, 0, merged, 0, old.length);
        System.arraycopy(roots, 0, merged, old.length, roots.length);
        fieldsByPair.put(key, SortedInts.distinct(merged));
    }

    /** True if resolved actors {@code a} and {@code b} have a cooperation covering one of {@code roots}. */
    public boolean cooperate(int a, int b, int[] roots) {
        if (a < 0 || b < 0 || a == b) {
            return false;
        }
        int[] f = fieldsByPair.get(LongList.pair(a, b));
        return f != null && (f == ALL_FIELDS || SortedInts.intersects(f, roots));
    }

    /**
     * True if the leads of activities {@code i} and {@code j} cooperate on {@code roots}: by a
     * cooperation statement, or because one lead is a partner of the other's activity.
     */
    public boolean leadsCooperate(ActivityTable t, int i, int j, int leadI, int leadJ, int[] roots) {
        return cooperate(leadI, leadJ, roots) || partnerOf(t.partners[j], leadI) || partnerOf(t.partners[i], leadJ);
    }

    private boolean partnerOf(int[] partners, int canonicalLead) {
        if (canonicalLead < 0) {
            return false;
        }
        for (int p : partners) {
            if (ctx.canonical(p) == canonicalLead) {
                return true;
            }
        }
        return false;
    }
}
