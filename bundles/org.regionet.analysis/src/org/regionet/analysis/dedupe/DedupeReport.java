package org.regionet.analysis.dedupe;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * What a dedupe run did, for the CLI to print.
 *
 * @param records        records read
 * @param candidates     candidate pairs from blocking
 * @param pairs          pairs written
 * @param weights        field weights used (fitted from labels or equal)
 * @param labels         labelled pairs used (0 without labels)
 * @param labelsFound    labelled pairs among the written pairs
 * @param charset        detected input encoding
 * @param delimiter      detected input delimiter
 */
public record DedupeReport(int records, int candidates, int pairs, Map<String, Double> weights, int labels,
        int labelsFound, Charset charset, char delimiter) {

    /** Share of labelled pairs found, or NaN without labels. */
    public double labelRecall() {
        return labels == 0 ? Double.NaN : (double) labelsFound / labels;
    }
}
