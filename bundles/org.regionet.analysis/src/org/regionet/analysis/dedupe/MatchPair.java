package org.regionet.analysis.dedupe;

/**
 * A pair of records judged to be the same entity.
 *
 * @param id1   the smaller id
 * @param id2   the larger id
 * @param score weighted field similarity in [0,1]
 */
public record MatchPair(String id1, String id2, double score) {
}
