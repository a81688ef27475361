package org.regionet.analysis;

/**
 * One checkable reason behind a finding.
 *
 * @param attribute   what was compared ("name", "kind", "members", "period", ...)
 * @param value       the similarity or measured value, usually in [0,1]
 * @param explanation a sentence a person can verify against the model
 */
public record Evidence(String attribute, double value, String explanation) {

    @Override
    public String toString() {
        return attribute + "=" + String.format(java.util.Locale.ROOT, "%.2f", value) + " (" + explanation + ")";
    }
}
