package org.regionet.analysis.dedupe;

import java.util.List;

/**
 * One record to deduplicate.
 *
 * @param id     unique id
 * @param values field values, in the matcher's field order (null or blank = missing)
 * @param group  cross-comparison group, or null; with groups only records of different groups pair
 */
public record Record(String id, List<String> values, String group) {
}
