package org.regionet.analysis.network;

import java.util.List;

import org.regionet.model.Actor;

/**
 * Network position of one actor (or of one body, when duplicate actors were merged).
 *
 * @param actor            the representative actor
 * @param qualifiedName    its qualified name
 * @param merged           other actors resolved to the same body
 * @param degree           number of distinct partners (cooperation, committee, activity)
 * @param strength         number of relations, counting repeats
 * @param betweenness      normalised betweenness centrality in [0,1] (estimated on large graphs)
 * @param separatedGroups  sizes of the groups its removal disconnects (empty unless a cut vertex)
 * @param componentSize    size of its connected component
 * @param broker           true if it is the only link between at least two sizeable groups
 */
public record ActorMetrics(Actor actor, String qualifiedName, List<Actor> merged, int degree, int strength,
        double betweenness, List<Integer> separatedGroups, int componentSize, boolean broker) {

    /** True if removing the actor disconnects its component. */
    public boolean articulationPoint() {
        return !separatedGroups.isEmpty();
    }
}
