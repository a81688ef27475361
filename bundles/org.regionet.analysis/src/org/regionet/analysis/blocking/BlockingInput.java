package org.regionet.analysis.blocking;

/**
 * Entries to block: each entry is one name (a record may have several: title and aliases).
 *
 * @param features per entry, distinct feature ranks sorted ascending (rarest first)
 * @param record   per entry, the record it belongs to
 * @param group    per entry, a group id; only entries of different groups pair up (cross mode),
 *                 or null to pair any two records
 */
public record BlockingInput(int[][] features, int[] record, int[] group) {

    public int size() {
        return features.length;
    }
}
