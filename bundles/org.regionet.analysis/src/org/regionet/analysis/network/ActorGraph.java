package org.regionet.analysis.network;

import java.util.Arrays;

/**
 * An undirected simple graph over nodes 0..n-1 in compressed sparse row form. Built from
 * packed edge keys; self-loops and repeated edges are dropped, repeats counted as weight.
 * Compact enough for 200k actors and millions of edges, which JGraphT's object graph is not.
 */
public final class ActorGraph {

    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private final int[] weights;

    private ActorGraph(int n, int[] offsets, int[] targets, int[] weights) {
        this.n = n;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
    }

    /**
     * @param n     number of nodes
     * @param edges packed edges {@code (long) a << 32 | b}, any order, duplicates allowed
     * @param count how many entries of {@code edges} are used
     */
    public static ActorGraph of(int n, long[] edges, int count) {
        long[] e = Arrays.copyOf(edges, count);
        for (int k = 0; k < count; k++) {
            int a = (int) (e[k] >>> 32);
            int b = (int) e[k];
            e[k] = a < b ? (long) a << 32 | b : (long) b << 32 | a;
        }
        Arrays.parallelSort(e);
        int[] degree = new int[n];
        int distinct = 0;
        for (int k = 0; k < count; k++) {
            if (k > 0 && e[k] == e[k - 1]) {
                continue;
            }
            int a = (int) (e[k] >>> 32);
            int b = (int) e[k];
            if (a == b) {
                continue;
            }
            degree[a]++;
            degree[b]++;
            distinct++;
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] targets = new int[2 * distinct];
        int[] weights = new int[2 * distinct];
        int[] fill = Arrays.copyOf(offsets, n);
        int k = 0;
        while (k < count) {
            int end = k;
            while (end < count && e[end] == e[k]) {
                end++;
            }
            int a = (int) (e[k] >>> 32);
            int b = (int) e[k];
            if (a != b) {
                int w = end - k;
                targets[fill[a]] = b;
                weights[fill[a]++] = w;
                targets[fill[b]] = a;
                weights[fill[b]++] = w;
            }
            k = end;
        }
        for (int v = 0; v < n; v++) {
            sortRow(targets, weights, offsets[v], offsets[v + 1]);
        }
        return new ActorGraph(n, offsets, targets, weights);
    }

    private static void sortRow(int[] t, int[] w, int from, int to) {
        // Rows are short; insertion sort keeps neighbour order deterministic.
        for (int i = from + 1; i < to; i++) {
            int x = t[i];
            int y = w[i];
            int j = i - 1;
            while (j >= from && t[j] > x) {
                t[j + 1] = t[j];
                w[j + 1] = w[j];
                j--;
            }
            t[j + 1] = x;
            w[j + 1] = y;
        }
    }

    public int nodes() {
        return n;
    }

    public int edges() {
        return targets.length / 2;
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** Sum of edge weights (number of relations) at {@code v}. */
    public int strength(int v) {
        int s = 0;
        for (int k = offsets[v]; k < offsets[v + 1]; k++) {
            s += weights[k];
        }
        return s;
    }

    public int start(int v) {
        return offsets[v];
    }

    public int end(int v) {
        return offsets[v + 1];
    }

    public int target(int k) {
        return targets[k];
    }
}
