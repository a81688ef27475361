package org.regionet.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.eclipse.emf.ecore.EObject;
import org.regionet.analysis.detect.ActivityTable;
import org.regionet.analysis.detect.AnalogueDetector;
import org.regionet.analysis.detect.AnalysisContext;
import org.regionet.analysis.detect.CommitteeOverlapDetector;
import org.regionet.analysis.detect.CooperationIndex;
import org.regionet.analysis.detect.CoverageAnalyzer;
import org.regionet.analysis.detect.DuplicateActorDetector;
import org.regionet.analysis.detect.ParallelActivityDetector;
import org.regionet.analysis.internal.ModelIndex;
import org.regionet.analysis.internal.UnionFind;
import org.regionet.analysis.network.NetworkAnalyzer;
import org.regionet.analysis.network.NetworkMetrics;
import org.regionet.analysis.text.Folding;
import org.regionet.analysis.text.Lexicon;
import org.regionet.analysis.text.SparseVectors;
import org.regionet.analysis.text.TextVectorizer;
import org.regionet.model.Element;
import org.regionet.model.FindingKind;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;

/**
 * Entry point of the headless analysis: finds parallel structures in a set of models.
 * <p>
 * Phases: index the models; duplicate actors (their reported pairs are then treated as one
 * body); parallel activities; cross-region analogues; overlapping committees; coverage matrix
 * and gaps; network metrics; suppressions. The models are only read. Work runs on a private
 * fork-join pool of {@link AnalysisSettings#threads()} threads.
 */
public final class ParallelStructureAnalyzer {

    private ParallelStructureAnalyzer() {
    }

    /** Analyses with default settings and no monitor. */
    public static AnalysisResult analyze(Collection<? extends RegioModel> models) {
        return analyze(models, AnalysisSettings.defaults(), AnalysisMonitor.none());
    }

    /**
     * Analyses {@code models} (e.g. all {@code .regio} files of a project).
     *
     * @throws AnalysisCanceledException if the monitor cancels
     */
    public static AnalysisResult analyze(Collection<? extends RegioModel> models, AnalysisSettings settings,
            AnalysisMonitor monitor) {
        ForkJoinPool pool = new ForkJoinPool(settings.threads());
        try {
            return pool.submit(() -> run(List.copyOf(models), settings, monitor)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisCanceledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The lexicon for these settings: bundled data plus the user's files. */
    public static Lexicon lexicon(AnalysisSettings s) {
        if (s.abbreviationFiles().isEmpty() && s.legalFormFiles().isEmpty() && s.stopwordFiles().isEmpty()
                && s.designatorFiles().isEmpty() && s.placeFiles().isEmpty() && s.textSynonymFiles().isEmpty()) {
            return Lexicon.defaults();
        }
        Lexicon.Builder b = Lexicon.builder().addDefaults();
        s.abbreviationFiles().forEach(b::addAbbreviations);
        s.legalFormFiles().forEach(b::addLegalForms);
        s.stopwordFiles().forEach(b::addStopwords);
        s.designatorFiles().forEach(b::addDesignators);
        s.placeFiles().forEach(b::addPlaces);
        s.textSynonymFiles().forEach(b::addTextSynonyms);
        return b.build();
    }

    private static AnalysisResult run(List<RegioModel> models, AnalysisSettings s, AnalysisMonitor monitor) {
        Phases phases = new Phases(monitor);
        Set<FindingKind> kinds = s.kinds();
        long t0 = System.nanoTime();
        Lexicon lexicon = lexicon(s);
        long t1 = System.nanoTime();
        ModelIndex index = new ModelIndex(models);
        long t2 = System.nanoTime();
        AnalysisContext ctx = new AnalysisContext(s, monitor, lexicon, index);
        ActivityTable table = new ActivityTable(ctx.index, ctx.warnings);
        ctx.count("time.index.lexicon", (t1 - t0) / 1_000_000);
        ctx.count("time.index.models", (t2 - t1) / 1_000_000);
        ctx.count("time.index.activities", (System.nanoTime() - t2) / 1_000_000);
        phases.done("index", 5, ctx);

        List<Finding> reported = new ArrayList<>();
        List<AcceptedFinding> accepted = new ArrayList<>();
        if (kinds.contains(FindingKind.DUPLICATE_ACTOR)) {
            List<Finding> duplicates = ctx.suppressions.split(new DuplicateActorDetector(ctx).run(), accepted);
            reported.addAll(duplicates);
            if (s.resolveDuplicates()) {
                resolve(ctx, duplicates);
            }
        }
        phases.done("duplicates", 25, ctx);

        CooperationIndex cooperation = new CooperationIndex(ctx);
        SparseVectors text = null;
        if (kinds.contains(FindingKind.PARALLEL) || kinds.contains(FindingKind.ANALOGUE)) {
            text = new TextVectorizer(ctx.lexicon, regionTokens(ctx.index), s.titleWeight(), s.distinctiveShare())
                    .vectorize(table.size, i -> title(table.activity[i]), i -> table.activity[i].getDescription());
        }
        phases.done("text", 15, ctx);
        if (kinds.contains(FindingKind.PARALLEL)) {
            reported.addAll(ctx.suppressions.split(new ParallelActivityDetector(ctx, table, text, cooperation).run(), accepted));
        }
        phases.done("parallels", 15, ctx);
        if (kinds.contains(FindingKind.ANALOGUE)) {
            reported.addAll(ctx.suppressions.split(new AnalogueDetector(ctx, table, text, cooperation).run(), accepted));
        }
        phases.done("analogues", 10, ctx);
        if (kinds.contains(FindingKind.OVERLAPPING_COMMITTEE)) {
            reported.addAll(ctx.suppressions.split(new CommitteeOverlapDetector(ctx).run(), accepted));
        }
        phases.done("committees", 5, ctx);
        CoverageAnalyzer coverage = new CoverageAnalyzer(ctx, table);
        if (kinds.contains(FindingKind.GAP)) {
            reported.addAll(ctx.suppressions.split(coverage.gaps(), accepted));
        }
        phases.done("coverage", 5, ctx);
        NetworkMetrics network = s.network() ? new NetworkAnalyzer(ctx, table).run() : NetworkMetrics.empty();
        phases.done("network", 15, ctx);

        reported.sort(Finding.ORDER);
        accepted.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        phases.done("report", 5, ctx);
        ctx.count("findings", reported.size());
        ctx.count("accepted", accepted.size());
        return new AnalysisResult(List.copyOf(reported), List.copyOf(accepted), coverage.matrix(), network,
                List.copyOf(ctx.warnings), new LinkedHashMap<>(ctx.statistics));
    }

    /** Treats reported duplicate actors as one body: union-find over the pairs. */
    private static void resolve(AnalysisContext ctx, List<Finding> duplicates) {
        UnionFind uf = new UnionFind(ctx.index.actors.size());
        for (Finding f : duplicates) {
            List<EObject> e = f.elements();
            int a = ctx.index.actors.find((org.regionet.model.Actor) e.get(0));
            int b = ctx.index.actors.find((org.regionet.model.Actor) e.get(1));
            if (a >= 0 && b >= 0) {
                uf.union(a, b);
            }
        }
        ctx.resolve(uf.representatives());
    }

    private static String title(Element e) {
        String t = e.getTitle();
        return t != null && !t.isBlank() ? t : Folding.splitIdentifier(e.getName());
    }

    /** Folded tokens of region names: a place in an activity title says nothing about the offer. */
    private static Set<String> regionTokens(ModelIndex index) {
        Set<String> out = new HashSet<>();
        for (Region r : index.regions.items()) {
            out.addAll(Folding.tokens(r.getTitle()));
            out.addAll(Folding.tokens(Folding.splitIdentifier(r.getName())));
        }
        return out;
    }

    /** Reports progress and phase timings. */
    private static final class Phases {
        private final AnalysisMonitor monitor;
        private long last = System.nanoTime();

        Phases(AnalysisMonitor monitor) {
            this.monitor = monitor;
        }

        void done(String phase, int units, AnalysisContext ctx) {
            long now = System.nanoTime();
            ctx.count("time." + phase, (now - last) / 1_000_000);
            last = now;
            monitor.checkCanceled();
            monitor.worked(phase, units);
        }
    }
}
