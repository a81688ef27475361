package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.regionet.model.ActivityType;
import org.regionet.model.FindingKind;

class CoverageTest {

    private final Fixture f = new Fixture();

    @Test
    void matrixCountsActivitiesPerRegionAndFieldWithTopicsRolledUp() {
        f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        f.m.activity("b", "Digitale Lernwerkstatt", f.hwk, ActivityType.PROJECT, List.of(f.aachen, f.dueren),
                List.of(f.digital), List.of(f.jugendliche), null, null);
        f.m.activity("c", "Anerkennungsberatung", f.aa, ActivityType.COUNSELLING, List.of(f.dueren),
                List.of(f.anerkennung), List.of(f.kmu), null, null);
        CoverageMatrix m = f.analyze().coverage();
        assertEquals(List.of(f.ausbildung, f.anerkennung), m.fields(), "topics are no columns");
        assertEquals(2, m.count(f.aachen, f.ausbildung));
        assertEquals(1, m.count(f.dueren, f.ausbildung));
        assertEquals(1, m.count(f.dueren, f.anerkennung));
        assertEquals(0, m.count(f.aachen, f.anerkennung));
        assertEquals(0, m.count(f.koeln, f.ausbildung));
    }

    @Test
    void everyEmptyCellIsAGapAndGapsCanBeAccepted() {
        f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        f.m.accept("acc", FindingKind.GAP, "Köln is modelled elsewhere", f.koeln, f.ausbildung);
        AnalysisResult r = f.analyze();
        // 4 regions x 2 fields = 8 cells, one filled, one accepted.
        assertEquals(6, r.findings(FindingKind.GAP).size());
        assertEquals(1, r.accepted().size());
        assertTrue(Fixture.reported(r, FindingKind.GAP, f.aachen, f.anerkennung));
        assertFalse(Fixture.reported(r, FindingKind.GAP, f.aachen, f.ausbildung));
        Finding dueren = r.findings(FindingKind.GAP).stream()
                .filter(x -> x.elements().equals(List.of(f.dueren, f.ausbildung))).findFirst().orElseThrow();
        assertEquals(1.0 / 3, dueren.score(), 1e-9, "1 of the 3 other regions covers the field");
        assertTrue(dueren.evidence().stream().anyMatch(e -> e.explanation().contains("StädteRegion Aachen")));
    }

    @Test
    void gapsCanBeSwitchedOff() {
        AnalysisSettings noGaps = AnalysisSettings.builder().kinds(Set.of(FindingKind.PARALLEL)).build();
        assertTrue(f.analyze(noGaps).findings(FindingKind.GAP).isEmpty());
    }
}
