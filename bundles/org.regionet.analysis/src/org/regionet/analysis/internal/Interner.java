package org.regionet.analysis.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Dense int ids for objects by identity, in first-seen order. Not thread-safe. */
public final class Interner<T> {

    private final List<T> items = new ArrayList<>();
    private final Map<T, Integer> ids = new IdentityHashMap<>();

    /** The id of {@code item}, assigning the next one if new; -1 for null. */
    public int id(T item) {
        if (item == null) {
            return -1;
        }
        Integer id = ids.get(item);
        if (id == null) {
            id = items.size();
            items.add(item);
            ids.put(item, id);
        }
        return id;
    }

    /** The id of {@code item} or -1 if unknown. */
    public int find(T item) {
        Integer id = item == null ? null : ids.get(item);
        return id == null ? -1 : id;
    }

    public T get(int id) {
        return items.get(id);
    }

    public int size() {
        return items.size();
    }

    public List<T> items() {
        return items;
    }
}
