package org.regionet.analysis.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.regionet.analysis.ElementNames;
import org.regionet.analysis.detect.ActivityTable;
import org.regionet.analysis.detect.AnalysisContext;
import org.regionet.analysis.internal.IntList;
import org.regionet.analysis.internal.LongList;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.Cooperation;
import org.regionet.model.Membership;

/**
 * Builds the actor graph and computes degree, betweenness and brokers. A broker is a cut vertex
 * whose removal leaves at least two groups of at least {@code brokerMinGroupSize} actors — the
 * only bridge between otherwise separate groups, not merely the last link to a single pendant.
 */
public final class NetworkAnalyzer {

    private final AnalysisContext ctx;
    private final ActivityTable activities;

    public NetworkAnalyzer(AnalysisContext ctx, ActivityTable activities) {
        this.ctx = ctx;
        this.activities = activities;
    }

    public NetworkMetrics run() {
        int actorCount = ctx.index.actors.size();
        int[] node = new int[actorCount];
        IntList repOfNode = new IntList(actorCount);
        for (int a = 0; a < actorCount; a++) {
            int rep = ctx.canonical(a);
            if (rep == a) {
                node[a] = repOfNode.size();
                repOfNode.add(a);
            }
        }
        for (int a = 0; a < actorCount; a++) {
            node[a] = node[ctx.canonical(a)];
        }
        int n = repOfNode.size();
        LongList edges = edges(node);
        ActorGraph g = ActorGraph.of(n, toArray(edges), edges.size());
        ctx.monitor.checkCanceled();

        boolean exact = n <= ctx.settings.exactBetweennessLimit();
        int pivots = exact ? n : Math.min(n, ctx.settings.betweennessPivots());
        double[] betweenness = Betweenness.compute(g, pivots, ctx.settings.seed(), ctx.monitor::isCanceled);
        ctx.monitor.checkCanceled();
        ArticulationPoints ap = ArticulationPoints.of(g);

        List<List<Actor>> merged = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            merged.add(new ArrayList<>(0));
        }
        for (int a = 0; a < actorCount; a++) {
            if (ctx.canonical(a) != a) {
                merged.get(node[a]).add(ctx.index.actors.get(a));
            }
        }
        int minGroup = ctx.settings.brokerMinGroupSize();
        List<ActorMetrics> all = new ArrayList<>(n);
        List<ActorMetrics> brokers = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            Actor actor = ctx.index.actors.get(repOfNode.get(v));
            int[] groups = ap.separatedGroups[v];
            List<Integer> sep = groups == null ? List.of() : Arrays.stream(groups).boxed().toList();
            int big = 0;
            for (int s : sep) {
                if (s >= minGroup) {
                    big++;
                }
            }
            ActorMetrics m = new ActorMetrics(actor, ElementNames.qualifiedName(actor), List.copyOf(merged.get(v)),
                    g.degree(v), g.strength(v), Betweenness.normalize(betweenness[v], n), sep,
                    ap.componentSize[ap.component[v]], big >= 2);
            all.add(m);
            if (m.broker()) {
                brokers.add(m);
            }
        }
        Comparator<ActorMetrics> order = Comparator.comparingDouble(ActorMetrics::betweenness).reversed()
                .thenComparing(ActorMetrics::qualifiedName);
        all.sort(order);
        brokers.sort(order);
        ctx.count("network.nodes", n);
        ctx.count("network.edges", g.edges());
        ctx.count("network.brokers", brokers.size());
        return new NetworkMetrics(List.copyOf(all), List.copyOf(brokers), n, g.edges(), ap.componentSize.length,
                exact, pivots);
    }

    private LongList edges(int[] node) {
        LongList edges = new LongList(activities.size * 2 + 16);
        for (Cooperation c : ctx.index.cooperations) {
            IntList ids = new IntList(c.getPartners().size());
            for (Actor a : c.getPartners()) {
                int id = ctx.index.actors.find(a);
                if (id >= 0) {
                    ids.add(node[id]);
                }
            }
            clique(ids.toSortedSet(), edges);
        }
        for (Committee c : ctx.index.committees) {
            IntList ids = new IntList(c.getMembers().size() + 1);
            for (Membership m : c.getMembers()) {
                int a = ctx.index.actors.find(m.getActor());
                if (a >= 0) {
                    ids.add(node[a]);
                }
            }
            int chair = ctx.index.actors.find(c.getChair());
            if (chair >= 0) {
                ids.add(node[chair]);
            }
            clique(ids.toSortedSet(), edges);
        }
        for (int i = 0; i < activities.size; i++) {
            int lead = activities.lead[i];
            if (lead < 0) {
                continue;
            }
            for (int p : activities.partners[i]) {
                if (p >= 0 && node[p] != node[lead]) {
                    edges.add((long) node[lead] << 32 | node[p]);
                }
            }
        }
        return edges;
    }

    private static void clique(int[] ids, LongList edges) {
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j++) {
                edges.add((long) ids[i] << 32 | ids[j]);
            }
        }
    }

    private static long[] toArray(LongList list) {
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
