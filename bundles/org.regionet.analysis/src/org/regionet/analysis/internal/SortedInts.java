package org.regionet.analysis.internal;

import java.util.Arrays;

/** Set operations on sorted int arrays (ids of regions, fields, actors). */
public final class SortedInts {

    public static final int[] EMPTY = new int[0];

    private SortedInts() {
    }

    /** Sorts and removes duplicates and negative ids (unknown references). */
    public static int[] distinct(int[] values) {
        if (values.length == 0) {
            return EMPTY;
        }
        int[] v = values.clone();
        Arrays.sort(v);
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= 0 && (n == 0 || v[n - 1] != v[i])) {
                v[n++] = v[i];
            }
        }
        return n == v.length ? v : Arrays.copyOf(v, n);
    }

    public static boolean intersects(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The smallest value in both sorted arrays, or -1. */
    public static int firstShared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return a[i];
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }

    public static int intersectionSize(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    public static int[] intersection(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                out[n++] = a[i];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Jaccard similarity; 0 if both are empty. */
    public static double jaccard(int[] a, int[] b) {
        int inter = intersectionSize(a, b);
        int union = a.length + b.length - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    public static boolean contains(int[] sorted, int v) {
        return v >= 0 && Arrays.binarySearch(sorted, v) >= 0;
    }
}
