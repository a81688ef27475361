package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.regionet.analysis.synth.SyntheticGermany;
import org.regionet.analysis.synth.SyntheticModel;

class ParallelStructureAnalyzerTest {

    private static final SyntheticModel MODEL = SyntheticGermany.generate(new SyntheticGermany.Options(3000, 600, 7));

    @Test
    void findingsAreDeterministicAndOrdered() {
        AnalysisResult a = ParallelStructureAnalyzer.analyze(MODEL.models());
        AnalysisResult b = ParallelStructureAnalyzer.analyze(MODEL.models(),
                AnalysisSettings.builder().threads(1).build(), AnalysisMonitor.none());
        List<String> ids = a.findings().stream().map(Finding::id).toList();
        assertEquals(ids, b.findings().stream().map(Finding::id).toList());
        List<Finding> sorted = new ArrayList<>(a.findings());
        sorted.sort(Finding.ORDER);
        assertEquals(sorted, a.findings());
        for (Finding f : a.findings()) {
            assertTrue(f.score() >= 0 && f.score() <= 1);
            assertFalse(f.evidence().isEmpty(), f.id());
            assertEquals(f.elements().size(), f.elementNames().size());
        }
    }

    @Test
    void progressAddsUpToTotalWork() {
        AtomicInteger work = new AtomicInteger();
        ParallelStructureAnalyzer.analyze(MODEL.models(), AnalysisSettings.defaults(),
                AnalysisMonitor.of(() -> false, (phase, units) -> work.addAndGet(units)));
        assertEquals(AnalysisMonitor.TOTAL_WORK, work.get());
    }

    @Test
    void cancellationStopsTheAnalysis() {
        AtomicInteger polls = new AtomicInteger();
        AnalysisMonitor cancelSoon = AnalysisMonitor.of(() -> polls.incrementAndGet() > 3, (phase, units) -> { });
        assertThrows(AnalysisCanceledException.class,
                () -> ParallelStructureAnalyzer.analyze(MODEL.models(), AnalysisSettings.defaults(), cancelSoon));
    }

    @Test
    void emptyInputGivesAnEmptyResult() {
        AnalysisResult r = ParallelStructureAnalyzer.analyze(List.of(new TestModel("empty").model));
        assertTrue(r.findings().isEmpty());
        assertEquals(0, r.network().nodes());
    }
}
