package org.regionet.analysis.internal;

import java.util.Arrays;

/** A growable long array without boxing; used for packed id pairs. */
public final class LongList {

    private long[] data;
    private int size;

    public LongList() {
        this(16);
    }

    public LongList(int capacity) {
        data = new long[Math.max(1, capacity)];
    }

    public void add(long v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    public void addAll(LongList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.data[i]);
        }
    }

    public long get(int i) {
        return data[i];
    }

    public int size() {
        return size;
    }

    /** Sorted distinct copy. */
    public long[] toSortedSet() {
        long[] v = Arrays.copyOf(data, size);
        Arrays.sort(v);
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (n == 0 || v[n - 1] != v[i]) {
                v[n++] = v[i];
            }
        }
        return Arrays.copyOf(v, n);
    }

    /** Packs an unordered pair of non-negative ints, smaller first. */
    public static long pair(int a, int b) {
        return a < b ? (long) a << 32 | b : (long) b << 32 | a;
    }

    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    public static int second(long pair) {
        return (int) pair;
    }
}
