package org.regionet.analysis.internal;

/** Disjoint sets over 0..n-1 with path halving; the representative is the smallest id. */
public final class UnionFind {

    private final int[] parent;

    public UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // Smallest id wins: deterministic representatives.
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }

    /** The representative of every element. */
    public int[] representatives() {
        int[] r = new int[parent.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = find(i);
        }
        return r;
    }
}
