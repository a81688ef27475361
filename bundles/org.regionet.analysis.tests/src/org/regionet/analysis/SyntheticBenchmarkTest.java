package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.regionet.analysis.bench.BlockingRecall;
import org.regionet.analysis.bench.Evaluation;
import org.regionet.analysis.synth.SyntheticGermany;
import org.regionet.analysis.synth.SyntheticModel;

/** Quality on a small synthetic Germany: blocking recall, precision and recall against planted truth. */
class SyntheticBenchmarkTest {

    private static final SyntheticModel MODEL = SyntheticGermany.generate(new SyntheticGermany.Options(5000, 1000, 11));

    @Test
    void generatorIsDeterministicAndPlantsTruth() {
        SyntheticModel again = SyntheticGermany.generate(new SyntheticGermany.Options(5000, 1000, 11));
        assertEquals(MODEL.actors().get(500).getTitle(), again.actors().get(500).getTitle());
        assertEquals(MODEL.activities().get(4000).getTitle(), again.activities().get(4000).getTitle());
        assertTrue(MODEL.truth().duplicates().length > 50);
        assertTrue(MODEL.truth().parallels().length > 50);
        assertTrue(MODEL.truth().nearMisses().length > 50);
    }

    @Test
    void blockingFindsWhatExhaustiveComparisonFinds() {
        for (BlockingRecall.Recall r : BlockingRecall.measure(MODEL.models(), AnalysisSettings.defaults())) {
            assertTrue(r.recall() >= 0.99, r.toString());
        }
    }

    @Test
    void precisionAndRecallOnPlantedTruth() {
        AnalysisResult result = ParallelStructureAnalyzer.analyze(MODEL.models());
        Map<String, Evaluation.Score> scores = Evaluation.of(result, MODEL);
        for (String kind : List.of("duplicate-actor", "parallel")) {
            Evaluation.Score s = scores.get(kind);
            assertTrue(s.precision() >= 0.95, kind + " precision " + s);
            assertTrue(s.recall() >= 0.95, kind + " recall " + s);
        }
        assertTrue(scores.get("near-miss reported as parallel").found() <= 2);
    }
}
