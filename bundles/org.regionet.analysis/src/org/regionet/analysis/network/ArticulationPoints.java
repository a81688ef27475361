package org.regionet.analysis.network;

import java.util.Arrays;

/**
 * Articulation points (cut vertices) by an iterative Hopcroft–Tarjan depth-first search, with
 * the sizes of the groups each one separates. Iterative because a recursive search overflows
 * the stack on long chains of actors (JGraphT's {@code BiconnectivityInspector} recurses).
 */
public final class ArticulationPoints {

    /** Component id per node. */
    public final int[] component;
    /** Size of each component. */
    public final int[] componentSize;
    /** For each node: sizes of the groups its removal cuts off, or null if it is no cut vertex. */
    public final int[][] separatedGroups;

    private ArticulationPoints(int[] component, int[] componentSize, int[][] separatedGroups) {
        this.component = component;
        this.componentSize = componentSize;
        this.separatedGroups = separatedGroups;
    }

    public static ArticulationPoints of(ActorGraph g) {
        int n = g.nodes();
        int[] disc = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] subtree = new int[n];
        int[] edgeCursor = new int[n];
        int[] stack = new int[n];
        int[] component = new int[n];
        Arrays.fill(disc, -1);
        int[][] cut = new int[n][];
        int[] sizes = new int[n];
        int components = 0;
        int time = 0;
        // Child-subtree sizes separated from each vertex, collected as (vertex, size) pairs.
        int[] sepCount = new int[n];
        int[][] sep = new int[n][];
        for (int root = 0; root < n; root++) {
            if (disc[root] >= 0) {
                continue;
            }
            int comp = components++;
            int sp = 0;
            stack[sp++] = root;
            parent[root] = -1;
            disc[root] = low[root] = time++;
            subtree[root] = 1;
            edgeCursor[root] = g.start(root);
            component[root] = comp;
            while (sp > 0) {
                int v = stack[sp - 1];
                if (edgeCursor[v] < g.end(v)) {
                    int w = g.target(edgeCursor[v]++);
                    if (disc[w] < 0) {
                        parent[w] = v;
                        disc[w] = low[w] = time++;
                        subtree[w] = 1;
                        edgeCursor[w] = g.start(w);
                        component[w] = comp;
                        stack[sp++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    sp--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        subtree[p] += subtree[v];
                        if (low[v] >= disc[p]) {
                            if (sep[p] == null) {
                                sep[p] = new int[2];
                            } else if (sepCount[p] == sep[p].length) {
                                sep[p] = Arrays.copyOf(sep[p], sep[p].length * 2);
                            }
                            sep[p][sepCount[p]++] = subtree[v];
                        }
                    }
                }
            }
            sizes[comp] = subtree[root];
        }
        int[] componentSize = Arrays.copyOf(sizes, components);
        for (int v = 0; v < n; v++) {
            int c = sepCount[v];
            if (c == 0) {
                continue;
            }
            boolean isRoot = parent[v] < 0;
            if (isRoot && c < 2) {
                continue;
            }
            int[] groups = Arrays.copyOf(sep[v], c);
            if (!isRoot) {
                int rest = componentSize[component[v]] - 1;
                for (int s : groups) {
                    rest -= s;
                }
                if (rest > 0) {
                    groups = Arrays.copyOf(groups, c + 1);
                    groups[c] = rest;
                }
            }
            Arrays.sort(groups);
            cut[v] = groups;
        }
        return new ArticulationPoints(component, componentSize, cut);
    }
}
