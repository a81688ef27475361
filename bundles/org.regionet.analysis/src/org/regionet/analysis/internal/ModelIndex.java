package org.regionet.analysis.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.Cooperation;
import org.regionet.model.Element;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;
import org.regionet.model.Suppression;
import org.regionet.model.TargetGroup;

/**
 * The elements of all models, sorted by type, with dense ids. Declared elements get ids
 * first; elements only referenced (defined in a file not passed in) are added on demand so
 * references still compare by identity.
 */
public final class ModelIndex {

    public final Interner<Actor> actors = new Interner<>();
    public final Interner<Region> regions = new Interner<>();
    public final Interner<ActionField> fields = new Interner<>();
    public final Interner<TargetGroup> targets = new Interner<>();
    public final List<Activity> activities = new ArrayList<>();
    public final List<Committee> committees = new ArrayList<>();
    public final List<Cooperation> cooperations = new ArrayList<>();
    public final List<Suppression> suppressions = new ArrayList<>();
    /** Number of actors declared in the models (ids below this); the rest are only referenced. */
    public final int declaredActors;
    /** Number of regions declared in the models. */
    public final int declaredRegions;
    /** Number of action fields declared in the models. */
    public final int declaredFields;

    private int[][] neighbours;
    private int[] fieldRoot;
    private int[][] fieldLineage;

    public ModelIndex(Collection<? extends RegioModel> models) {
        for (RegioModel model : models) {
            for (Element e : model.getElements()) {
                if (e instanceof Actor a) {
                    actors.id(a);
                } else if (e instanceof Region r) {
                    regions.id(r);
                } else if (e instanceof ActionField f) {
                    fields.id(f);
                } else if (e instanceof TargetGroup t) {
                    targets.id(t);
                } else if (e instanceof Activity a) {
                    activities.add(a);
                } else if (e instanceof Committee c) {
                    committees.add(c);
                } else if (e instanceof Cooperation c) {
                    cooperations.add(c);
                } else if (e instanceof Suppression s) {
                    suppressions.add(s);
                }
            }
        }
        declaredActors = actors.size();
        declaredRegions = regions.size();
        declaredFields = fields.size();
        registerReferences();
    }

    /** Gives ids to elements that committees and cooperations only reference, before any table is sized. */
    private void registerReferences() {
        for (Cooperation c : cooperations) {
            c.getPartners().forEach(actors::id);
            c.getFields().forEach(this::fieldId);
        }
        for (Committee c : committees) {
            actors.id(c.getChair());
            regions.id(c.getRegion());
            c.getMembers().forEach(m -> actors.id(m.getActor()));
            c.getMandate().forEach(this::fieldId);
        }
        for (Activity a : activities) {
            actors.id(a.getLead());
            a.getPartners().forEach(actors::id);
            a.getRegions().forEach(regions::id);
            a.getFields().forEach(this::fieldId);
            a.getTargetGroups().forEach(targets::id);
        }
    }

    /** Region ids of a list of regions, sorted and distinct. */
    public int[] regionIds(List<Region> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = regions.id(list.get(i));
        }
        return SortedInts.distinct(out);
    }

    /** Symmetric neighbour lists: a region lists b or b lists a. Call after all regions are known. */
    public synchronized int[][] neighbours() {
        if (neighbours == null || neighbours.length != regions.size()) {
            int n = regions.size();
            List<IntList> adj = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                adj.add(new IntList(4));
            }
            for (int i = 0; i < n; i++) {
                for (Region other : regions.get(i).getNeighbours()) {
                    int j = regions.find(other);
                    if (j >= 0 && j != i) {
                        adj.get(i).add(j);
                        adj.get(j).add(i);
                    }
                }
            }
            int[][] out = new int[n][];
            for (int i = 0; i < n; i++) {
                out[i] = adj.get(i).toSortedSet();
            }
            neighbours = out;
        }
        return neighbours;
    }

    /** True if regions {@code a} and {@code b} are neighbours. */
    public boolean neighbours(int a, int b) {
        return SortedInts.contains(neighbours()[a], b);
    }

    /**
     * The non-topic field a field rolls up to: follow {@code refines} until a field that is
     * not a topic (or has nothing to refine). Cycles stop at the first repeat.
     */
    public synchronized int root(int field) {
        ensureFieldTables();
        return fieldRoot[field];
    }

    /** The field and every field it refines, sorted ids. */
    public synchronized int[] lineage(int field) {
        ensureFieldTables();
        return fieldLineage[field];
    }

    /** Registers referenced fields (and what they refine) so the tables cover them. */
    public int fieldId(ActionField f) {
        int before = fields.size();
        int id = fields.id(f);
        ActionField cur = f;
        int guard = 0;
        while (cur != null && guard++ < 64) {
            fields.id(cur);
            cur = cur.getRefines();
        }
        if (fields.size() != before) {
            synchronized (this) {
                fieldRoot = null;
            }
        }
        return id;
    }

    private void ensureFieldTables() {
        if (fieldRoot != null && fieldRoot.length == fields.size()) {
            return;
        }
        // Register every refined field first: ids must be stable while we build the tables.
        for (int i = 0; i < fields.size(); i++) {
            ActionField cur = fields.get(i).getRefines();
            int guard = 0;
            while (cur != null && guard++ < 64) {
                fields.id(cur);
                cur = cur.getRefines();
            }
        }
        int n = fields.size();
        int[] root = new int[n];
        int[][] lineage = new int[n][];
        for (int i = 0; i < n; i++) {
            IntList chain = new IntList(4);
            ActionField cur = fields.get(i);
            int r = i;
            while (cur != null) {
                int id = fields.find(cur);
                if (id < 0 || containsId(chain, id)) {
                    break;
                }
                chain.add(id);
                r = id;
                if (!cur.isTopic()) {
                    break;
                }
                cur = cur.getRefines();
            }
            root[i] = r;
            lineage[i] = chain.toSortedSet();
        }
        fieldRoot = root;
        fieldLineage = lineage;
    }

    private static boolean containsId(IntList list, int id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == id) {
                return true;
            }
        }
        return false;
    }
}
