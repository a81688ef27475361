package org.regionet.analysis;

import java.util.List;
import java.util.Map;

import org.regionet.analysis.network.NetworkMetrics;
import org.regionet.model.FindingKind;

/**
 * Everything one analysis produced.
 *
 * @param findings   reported findings in {@link Finding#ORDER}
 * @param accepted   findings matched by a suppression, same order, with the reason
 * @param coverage   region × action-field activity counts
 * @param network    actor network metrics (empty if switched off)
 * @param warnings   problems in the input that did not stop the analysis (e.g. malformed dates)
 * @param statistics counters and phase timings in milliseconds ({@code time.<phase>})
 */
public record AnalysisResult(List<Finding> findings, List<AcceptedFinding> accepted, CoverageMatrix coverage,
        NetworkMetrics network, List<String> warnings, Map<String, Long> statistics) {

    /** The same result with only the findings (reported and accepted) that {@code filter} matches. */
    public AnalysisResult filtered(FindingFilter filter) {
        if (filter.isEmpty()) {
            return this;
        }
        return new AnalysisResult(findings.stream().filter(filter::matches).toList(),
                accepted.stream().filter(a -> filter.matches(a.finding())).toList(), coverage, network, warnings,
                statistics);
    }

    /** The reported findings of one kind. */
    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
