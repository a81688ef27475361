package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.CoverageMatrix;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.analysis.internal.Messages;
import org.regionet.model.ActionField;
import org.regionet.model.FindingKind;
import org.regionet.model.Region;

/**
 * The region × field coverage matrix and a gap finding for each declared region without any
 * activity in a non-topic field. A gap scores the share of the other regions that do cover the
 * field: a gap where everyone else is active stands out more.
 */
public final class CoverageAnalyzer {

    private final AnalysisContext ctx;
    private final ActivityTable t;
    private CoverageMatrix matrix;

    public CoverageAnalyzer(AnalysisContext ctx, ActivityTable table) {
        this.ctx = ctx;
        this.t = table;
    }

    public CoverageMatrix matrix() {
        if (matrix == null) {
            matrix = build();
        }
        return matrix;
    }

    public List<Finding> gaps() {
        CoverageMatrix m = matrix();
        int rows = m.regions().size();
        int cols = m.fields().size();
        int[] covered = new int[cols];
        for (int r = 0; r < rows; r++) {
            for (int f = 0; f < cols; f++) {
                if (m.count(r, f) > 0) {
                    covered[f]++;
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int total = 0;
            for (int f = 0; f < cols; f++) {
                total += m.count(r, f);
            }
            for (int f = 0; f < cols; f++) {
                if (m.count(r, f) == 0) {
                    out.add(gap(m, r, f, covered[f], rows, total));
                }
            }
        }
        ctx.count("gap.findings", out.size());
        return out;
    }

    private Finding gap(CoverageMatrix m, int r, int f, int coveredBy, int rows, int regionTotal) {
        Region region = m.regions().get(r);
        ActionField field = m.fields().get(f);
        double share = rows <= 1 ? 1.0 : (double) coveredBy / (rows - 1);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("activities", 0, NLS.bind(Messages.Gap_noActivity, ElementNames.label(region),
                ElementNames.label(field))));
        evidence.add(new Evidence("other regions", share, NLS.bind(Messages.Gap_otherRegions, coveredBy, Math.max(0, rows - 1))));
        List<String> covering = new ArrayList<>();
        int rid = ctx.index.regions.find(region);
        for (int q : ctx.index.neighbours()[rid]) {
            int row = m.regions().indexOf(ctx.index.regions.get(q));
            if (row >= 0 && m.count(row, f) > 0) {
                covering.add(ElementNames.label(ctx.index.regions.get(q)));
            }
        }
        if (!covering.isEmpty()) {
            evidence.add(new Evidence("neighbours", covering.size(), NLS.bind(Messages.Gap_coveredNextDoor, String.join(", ", covering))));
        }
        if (regionTotal == 0) {
            evidence.add(new Evidence("region", 0, Messages.Gap_emptyRegion));
        }
        String message = NLS.bind(Messages.Finding_gap, ElementNames.label(region), ElementNames.label(field));
        return new Finding(FindingKind.GAP, share, List.of(region, field), evidence, message);
    }

    private CoverageMatrix build() {
        var index = ctx.index;
        List<Region> rows = new ArrayList<>(index.regions.items().subList(0, index.declaredRegions));
        int[] fieldColumn = new int[index.fields.size()];
        List<ActionField> cols = new ArrayList<>();
        for (int f = 0; f < index.fields.size(); f++) {
            ActionField field = index.fields.get(f);
            fieldColumn[f] = -1;
            if (!field.isTopic()) {
                fieldColumn[f] = cols.size();
                cols.add(field);
            }
        }
        int[][] counts = new int[rows.size()][cols.size()];
        for (int i = 0; i < t.size; i++) {
            for (int r : t.regions[i]) {
                if (r >= rows.size()) {
                    continue;
                }
                for (int f : t.roots[i]) {
                    int c = f < fieldColumn.length ? fieldColumn[f] : -1;
                    if (c >= 0) {
                        counts[r][c]++;
                    }
                }
            }
        }
        return new CoverageMatrix(rows, cols, counts);
    }
}
