package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.network.ActorGraph;
import org.regionet.analysis.network.ActorMetrics;
import org.regionet.analysis.network.ArticulationPoints;
import org.regionet.analysis.network.Betweenness;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;

class NetworkMetricsTest {

    /** Two triangles (a,b,c) and (e,f,g) joined only through d: d is the broker. */
    @Test
    void bridgeBetweenTwoGroupsIsABroker() {
        TestModel m = new TestModel("net");
        String[] names = {"Caritas Aachen", "Diakonie Düren", "Volkshochschule Köln", "Regionalagentur Bonn",
            "Jobcenter Essen", "Handwerkskammer Münster", "Stadt Bochum"};
        Actor[] x = new Actor[7];
        for (int i = 0; i < 7; i++) {
            x[i] = m.actor("n" + i, names[i], ActorKind.OTHER);
        }
        m.cooperation("t1", List.of(), x[0], x[1], x[2]);
        m.cooperation("t2", List.of(), x[4], x[5], x[6]);
        m.cooperation("b1", List.of(), x[2], x[3]);
        m.cooperation("b2", List.of(), x[3], x[4]);
        AnalysisResult r = ParallelStructureAnalyzer.analyze(m.asList());
        ActorMetrics d = r.network().of(x[3]);
        assertEquals(2, d.degree());
        assertTrue(d.broker());
        assertEquals(List.of(3, 3), d.separatedGroups());
        // Exact betweenness of d: all 3 x 3 pairs across plus pairs through it = 9 + ... normalised by 15.
        assertEquals(9.0 / 15.0, d.betweenness(), 1e-9);
        ActorMetrics c = r.network().of(x[2]);
        assertTrue(c.articulationPoint(), "c separates a and b from the rest");
        assertFalse(c.broker(), "but a group of two is below the minimum group size of 3");
        assertEquals(x[3], r.network().brokers().get(0).actor());
        assertEquals(1, r.network().components());
    }

    @Test
    void betweennessMatchesJGraphTOnRandomGraphs() {
        Random rnd = new Random(5);
        for (int round = 0; round < 5; round++) {
            int n = 30 + rnd.nextInt(30);
            Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            LongList edges = new LongList();
            for (int v = 0; v < n; v++) {
                g.addVertex(v);
            }
            for (int k = 0; k < n * 2; k++) {
                int a = rnd.nextInt(n);
                int b = rnd.nextInt(n);
                if (a != b) {
                    g.addEdge(a, b);
                    edges.add((long) a << 32 | b);
                }
            }
            long[] e = new long[edges.size()];
            for (int k = 0; k < e.length; k++) {
                e[k] = edges.get(k);
            }
            ActorGraph ours = ActorGraph.of(n, e, e.length);
            double[] bc = Betweenness.compute(ours, n, 1, () -> false);
            BetweennessCentrality<Integer, DefaultEdge> oracle = new BetweennessCentrality<>(g, false);
            for (int v = 0; v < n; v++) {
                assertEquals(oracle.getVertexScore(v), bc[v], 1e-6, "vertex " + v);
            }
            ArticulationPoints ap = ArticulationPoints.of(ours);
            var cut = new BiconnectivityInspector<>(g).getCutpoints();
            for (int v = 0; v < n; v++) {
                assertEquals(cut.contains(v), ap.separatedGroups[v] != null, "cut vertex " + v);
            }
        }
    }

    @Test
    void sampledBetweennessApproximatesExact() {
        Random rnd = new Random(9);
        int n = 400;
        long[] e = new long[n * 3];
        for (int k = 0; k < e.length; k++) {
            int a = k < n - 1 ? k : rnd.nextInt(n);
            int b = k < n - 1 ? k + 1 : rnd.nextInt(n);
            e[k] = (long) a << 32 | b;
        }
        ActorGraph g = ActorGraph.of(n, e, e.length);
        double[] exact = Betweenness.compute(g, n, 1, () -> false);
        double[] sampled = Betweenness.compute(g, 200, 1, () -> false);
        int topExact = argmax(exact);
        int topSampled = argmax(sampled);
        assertTrue(Math.abs(exact[topExact] - sampled[topSampled]) / exact[topExact] < 0.25);
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void duplicateActorsAreOneNode() {
        TestModel m = new TestModel("net");
        Actor a = m.actor("ihk", "IHK Aachen", ActorKind.CHAMBER_OF_INDUSTRY);
        Actor b = m.actor("ihk2", "Industrie- und Handelskammer Aachen", ActorKind.CHAMBER_OF_INDUSTRY);
        Actor c = m.actor("hwk", "Handwerkskammer Aachen", ActorKind.CHAMBER_OF_CRAFTS);
        m.cooperation("x", List.of(), a, c);
        m.cooperation("y", List.of(), b, c);
        AnalysisResult r = ParallelStructureAnalyzer.analyze(m.asList());
        assertEquals(2, r.network().nodes());
        assertEquals(List.of(b), r.network().of(a).merged());
        assertEquals(1, r.network().of(c).degree());
    }
}
