package org.regionet.analysis.internal;

import java.util.Arrays;

/** A growable int array without boxing. */
public final class IntList {

    private int[] data;
    private int size;

    public IntList() {
        this(8);
    }

    public IntList(int capacity) {
        data = new int[Math.max(1, capacity)];
    }

    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    public int get(int i) {
        return data[i];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }

    /** Sorted distinct copy. */
    public int[] toSortedSet() {
        return SortedInts.distinct(toArray());
    }
}
