package org.regionet.analysis.text;

import java.util.List;

import org.regionet.analysis.Evidence;

/**
 * The result of comparing two normalised names.
 *
 * @param score    similarity in [0,1] after vetoes and penalties
 * @param overlap  weighted token overlap before vetoes and penalties
 * @param vetoed   true if a discriminator (different place, number or kind of body) fired
 * @param evidence the reasons, empty unless explanations were requested
 */
public record NameComparison(double score, double overlap, boolean vetoed, List<Evidence> evidence) {
}
