package org.regionet.analysis;

import java.util.List;

import org.regionet.model.ActionField;
import org.regionet.model.Region;

/**
 * Activity counts per region (rows) and non-topic action field (columns). Activities in a topic
 * count for the field the topic refines; an activity in several regions or fields counts in each.
 */
public final class CoverageMatrix {

    private final List<Region> regions;
    private final List<ActionField> fields;
    private final int[][] counts;

    public CoverageMatrix(List<Region> regions, List<ActionField> fields, int[][] counts) {
        this.regions = List.copyOf(regions);
        this.fields = List.copyOf(fields);
        this.counts = new int[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            this.counts[r] = counts[r].clone();
        }
    }

    public List<Region> regions() {
        return regions;
    }

    public List<ActionField> fields() {
        return fields;
    }

    /** Count by row and column index. */
    public int count(int region, int field) {
        return counts[region][field];
    }

    /** Count for a region and field, 0 if either is not in the matrix. */
    public int count(Region region, ActionField field) {
        int r = regions.indexOf(region);
        int f = fields.indexOf(field);
        return r < 0 || f < 0 ? 0 : counts[r][f];
    }

    /** Tab-separated table with qualified names, for logs and tests. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("region");
        for (ActionField f : fields) {
            sb.append('\t').append(ElementNames.qualifiedName(f));
        }
        sb.append('\n');
        for (int r = 0; r < regions.size(); r++) {
            sb.append(ElementNames.qualifiedName(regions.get(r)));
            for (int f = 0; f < fields.size(); f++) {
                sb.append('\t').append(counts[r][f]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
