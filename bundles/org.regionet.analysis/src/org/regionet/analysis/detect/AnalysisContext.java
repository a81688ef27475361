package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.internal.ModelIndex;
import org.regionet.analysis.text.Lexicon;
import org.regionet.analysis.text.NameNormalizer;

/** What every detector needs: settings, lexicon, the indexed models and the actor resolution. */
public final class AnalysisContext {

    public final AnalysisSettings settings;
    public final AnalysisMonitor monitor;
    public final Lexicon lexicon;
    public final NameNormalizer normalizer;
    public final ModelIndex index;
    public final SuppressionFilter suppressions;
    public final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    public final Map<String, Long> statistics = Collections.synchronizedMap(new LinkedHashMap<>());
    private int[] canonical;

    public AnalysisContext(AnalysisSettings settings, AnalysisMonitor monitor, Lexicon lexicon, ModelIndex index) {
        this.settings = settings;
        this.monitor = monitor;
        this.lexicon = lexicon;
        this.normalizer = new NameNormalizer(lexicon);
        this.index = index;
        this.suppressions = new SuppressionFilter(index.suppressions);
    }

    /** Sets the representative of every actor id (duplicates merged); ids beyond map to themselves. */
    public void resolve(int[] representatives) {
        canonical = representatives;
    }

    /** The representative actor id of {@code actor}, or -1 for -1. */
    public int canonical(int actor) {
        if (actor < 0) {
            return -1;
        }
        return canonical == null || actor >= canonical.length ? actor : canonical[actor];
    }

    /** Canonical ids of {@code actors}, sorted and distinct. */
    public int[] canonical(int[] actors) {
        int[] out = new int[actors.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = canonical(actors[i]);
        }
        return org.regionet.analysis.internal.SortedInts.distinct(out);
    }

    /** Adds {@code value} to a named counter reported in the result's statistics. */
    public void count(String name, long value) {
        statistics.merge(name, value, Long::sum);
    }
}
