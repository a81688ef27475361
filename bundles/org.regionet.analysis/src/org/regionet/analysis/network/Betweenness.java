package org.regionet.analysis.network;

import java.util.Arrays;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Betweenness centrality by Brandes' algorithm on an unweighted {@link ActorGraph}. Exact when
 * every node is a source; on large graphs a seeded random sample of k sources estimates it
 * (Brandes & Pich 2007), scaled by n/k. Sources run in parallel with per-thread buffers.
 * Values are for undirected graphs (each pair counted once), matching JGraphT's unnormalised
 * {@code BetweennessCentrality}.
 */
public final class Betweenness {

    private Betweenness() {
    }

    /**
     * @param pivots number of sampled sources; {@code >= n} means exact
     * @param seed   sampling seed
     */
    public static double[] compute(ActorGraph g, int pivots, long seed, BooleanSupplier canceled) {
        int n = g.nodes();
        int[] sources;
        double scale;
        if (pivots >= n) {
            sources = IntStream.range(0, n).toArray();
            scale = 1.0;
        } else {
            sources = sample(n, pivots, seed);
            scale = (double) n / pivots;
        }
        int chunks = Math.max(1, Math.min(sources.length, Runtime.getRuntime().availableProcessors() * 4));
        double[][] partial = new double[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            Work w = new Work(n);
            double[] acc = new double[n];
            for (int s = c; s < sources.length; s += chunks) {
                if (canceled.getAsBoolean()) {
                    return;
                }
                w.accumulate(g, sources[s], acc);
            }
            partial[c] = acc;
        });
        double[] out = new double[n];
        for (double[] p : partial) {
            if (p != null) {
                for (int v = 0; v < n; v++) {
                    out[v] += p[v];
                }
            }
        }
        for (int v = 0; v < n; v++) {
            out[v] = out[v] * scale / 2.0;
        }
        return out;
    }

    /** Normalises undirected betweenness to [0,1] by the number of node pairs excluding the node. */
    public static double normalize(double value, int n) {
        return n < 3 ? 0 : value / ((n - 1.0) * (n - 2.0) / 2.0);
    }

    private static int[] sample(int n, int k, long seed) {
        int[] all = IntStream.range(0, n).toArray();
        Random r = new Random(seed);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = Arrays.copyOf(all, k);
        Arrays.sort(out);
        return out;
    }

    /** Per-thread BFS state, reset lazily through the visit order. */
    private static final class Work {
        final int[] dist;
        final long[] sigma;
        final double[] delta;
        final int[] order;
        final int[] queue;

        Work(int n) {
            dist = new int[n];
            sigma = new long[n];
            delta = new double[n];
            order = new int[n];
            queue = new int[n];
            Arrays.fill(dist, -1);
        }

        void accumulate(ActorGraph g, int s, double[] acc) {
            int head = 0;
            int tail = 0;
            int visited = 0;
            dist[s] = 0;
            sigma[s] = 1;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                order[visited++] = v;
                for (int k = g.start(v); k < g.end(v); k++) {
                    int w = g.target(k);
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            for (int i = visited - 1; i >= 0; i--) {
                int w = order[i];
                for (int k = g.start(w); k < g.end(w); k++) {
                    int v = g.target(k);
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += (double) sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                if (w != s) {
                    acc[w] += delta[w];
                }
            }
            for (int i = 0; i < visited; i++) {
                int v = order[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
    }
}
