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
 * first; elements only referenced (defined in a file not passed in) get ids next, so
 * references still compare by identity. Everything is registered in the constructor; afterwards
 * the index is only read and may be shared by worker threads.
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
        neighbours();
        ensureFieldTables();
    }

    /** Gives ids to elements that committees and cooperations only reference, before any table is sized. */
    private void registerReferences() {
        for (Cooperation c : cooperations) {
            c.getPartners().forEach(actors::id);
            c.getFields().forEach(this::registerField);
        }
        for (Committee c : committees) {
            actors.id(c.getChair());
            regions.id(c.getRegion());
            c.getMembers().forEach(m -> actors.id(m.getActor()));
            c.getMandate().forEach(this::registerField);
        }
        for (int i = 0; i < declaredActors; i++) {
            actors.get(i).getRegions().forEach(regions::id);
        }
        for (Activity a : activities) {
            Actor lead = a.getLead();
            // Declared actors' regions are registered above; only referenced leads add regions.
            if (actors.id(lead) >= declaredActors && !lead.eIsProxy()) {
                lead.getRegions().forEach(regions::id);
            }
            a.getPartners().forEach(actors::id);
            a.getRegions().forEach(regions::id);
            a.getFields().forEach(this::registerField);
            a.getTargetGroups().forEach(targets::id);
        }
    }

    /** Region ids of a list of regions, sorted and distinct; read-only, safe from several threads. */
    public int[] regionIds(List<Region> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = regions.find(list.get(i));
        }
        return SortedInts.distinct(out);
    }

    /** Symmetric neighbour lists: a region lists b or b lists a. */
    public int[][] neighbours() {
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
    public int root(int field) {
        return fieldRoot[field];
    }

    /** The field and every field it refines, sorted ids. */
    public int[] lineage(int field) {
        return fieldLineage[field];
    }

    /**
     * The id of a field. All fields the models reference are registered up front, so this only
     * reads and is safe from several threads; -1 for an unknown field.
     */
    public int fieldId(ActionField f) {
        return fields.find(f);
    }

    private void registerField(ActionField f) {
        ActionField cur = f;
        int guard = 0;
        while (cur != null && guard++ < 64) {
            fields.id(cur);
            cur = cur.getRefines();
        }
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
