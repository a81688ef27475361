package org.regionet.analysis.detect;

import java.util.List;

import org.regionet.analysis.ElementNames;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.ModelIndex;
import org.regionet.analysis.internal.Periods;
import org.regionet.analysis.internal.SortedInts;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Period;
import org.regionet.model.TargetGroup;

/**
 * Activities as flat arrays of ids, built once and shared by the parallel, analogue and
 * coverage detectors. Actor ids are raw (as in {@link ModelIndex}); detectors map them through
 * the duplicate resolution. An activity without regions takes its lead's regions.
 */
public final class ActivityTable {

    public final int size;
    public final Activity[] activity;
    public final int[] lead;
    public final int[][] partners;
    public final int[][] regions;
    /** True where {@link #regions} came from the lead, not the activity. */
    public final boolean[] regionsFromLead;
    /** Non-topic fields the activity's fields roll up to. */
    public final int[][] roots;
    /** The activity's fields and everything they refine. */
    public final int[][] fields;
    public final int[][] targets;
    public final byte[] type;
    public final int[] from;
    public final int[] to;
    /** True where the activity has no description: its title alone is too little text to tell offers apart. */
    public final boolean[] thinText;

    /** Extracts all activities of {@code index}; malformed periods become open and add a warning. */
    public ActivityTable(ModelIndex index, List<String> warnings) {
        List<Activity> acts = index.activities;
        size = acts.size();
        activity = acts.toArray(new Activity[0]);
        lead = new int[size];
        partners = new int[size][];
        regions = new int[size][];
        regionsFromLead = new boolean[size];
        roots = new int[size][];
        fields = new int[size][];
        targets = new int[size][];
        type = new byte[size];
        from = new int[size];
        to = new int[size];
        thinText = new boolean[size];
        int[][] rawFields = new int[size][];
        java.util.stream.IntStream.range(0, size).parallel().forEach(i -> {
            Activity a = activity[i];
            Actor l = a.getLead();
            lead[i] = index.actors.find(l);
            List<Actor> ps = a.getPartners();
            int[] p = new int[ps.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = index.actors.find(ps.get(k));
            }
            partners[i] = SortedInts.distinct(p);
            regions[i] = index.regionIds(a.getRegions());
            if (regions[i].length == 0 && l != null && !l.eIsProxy()) {
                regions[i] = index.regionIds(l.getRegions());
                regionsFromLead[i] = regions[i].length > 0;
            }
            List<ActionField> fs = a.getFields();
            int[] f = new int[fs.size()];
            for (int k = 0; k < f.length; k++) {
                f[k] = index.fieldId(fs.get(k));
            }
            rawFields[i] = f;
            List<TargetGroup> ts = a.getTargetGroups();
            int[] t = new int[ts.size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = index.targets.find(ts.get(k));
            }
            targets[i] = SortedInts.distinct(t);
            type[i] = (byte) a.getType().getValue();
            period(a, i, warnings);
            thinText[i] = a.getDescription() == null || a.getDescription().isBlank();
        });
        java.util.stream.IntStream.range(0, size).parallel().forEach(i -> {
            IntList r = new IntList(2);
            IntList all = new IntList(4);
            for (int f : rawFields[i]) {
                if (f < 0) {
                    continue;
                }
                r.add(index.root(f));
                for (int x : index.lineage(f)) {
                    all.add(x);
                }
            }
            roots[i] = r.toSortedSet();
            fields[i] = all.toSortedSet();
        });
    }

    private void period(Activity a, int i, List<String> warnings) {
        Period p = a.getPeriod();
        from[i] = Periods.OPEN_START;
        to[i] = Periods.OPEN_END;
        if (p == null) {
            return;
        }
        try {
            from[i] = Periods.start(p.getFrom());
        } catch (RuntimeException e) {
            warn(warnings, a, p.getFrom());
        }
        try {
            to[i] = Periods.end(p.getTo());
        } catch (RuntimeException e) {
            warn(warnings, a, p.getTo());
        }
    }

    private static void warn(List<String> warnings, Activity a, String value) {
        synchronized (warnings) {
            warnings.add("Activity " + ElementNames.qualifiedName(a) + ": period bound '" + value
                    + "' is not a date (yyyy, yyyy-mm or yyyy-mm-dd); treated as open");
        }
    }
}
