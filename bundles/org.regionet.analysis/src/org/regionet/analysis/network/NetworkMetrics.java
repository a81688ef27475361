package org.regionet.analysis.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.regionet.model.Actor;

/**
 * Metrics of the actor graph. Edges: cooperations, committee co-membership and activity
 * lead–partner relations, between resolved actors.
 *
 * @param actors            every actor, by descending betweenness then name
 * @param brokers           actors that alone connect two or more groups, by descending betweenness
 * @param nodes             number of nodes
 * @param edges             number of distinct edges
 * @param components        number of connected components
 * @param exactBetweenness  false if betweenness was estimated from {@code pivots} sampled sources
 * @param pivots            sources used for betweenness
 */
public record NetworkMetrics(List<ActorMetrics> actors, List<ActorMetrics> brokers, int nodes, int edges,
        int components, boolean exactBetweenness, int pivots) {

    /** An empty result (network analysis switched off). */
    public static NetworkMetrics empty() {
        return new NetworkMetrics(List.of(), List.of(), 0, 0, 0, true, 0);
    }

    /** The metrics of {@code actor} (also when it was merged into another), or null. */
    public ActorMetrics of(Actor actor) {
        Map<Actor, ActorMetrics> map = new HashMap<>();
        for (ActorMetrics m : actors) {
            map.put(m.actor(), m);
            for (Actor a : m.merged()) {
                map.put(a, m);
            }
        }
        return map.get(actor);
    }
}
