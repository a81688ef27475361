package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regionet.model.Activity;
import org.regionet.model.ActivityType;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.FindingKind;

class ParallelActivityTest {

    private final Fixture f = new Fixture();

    private boolean parallel(Activity a, Activity b) {
        return Fixture.reported(f.analyze(), FindingKind.PARALLEL, a, b);
    }

    @Test
    void sameOfferTwiceByDifferentLeadsIsParallel() {
        Activity a = f.fair("a", "Ausbildungsmesse Aachen", f.ihk, f.aachen, "2024", "2025");
        Activity b = f.fair("b", "Messe für Ausbildung 2024", f.hwk, f.aachen, "2024-09", null);
        AnalysisResult r = f.analyze();
        assertTrue(Fixture.reported(r, FindingKind.PARALLEL, a, b));
        Finding finding = r.findings(FindingKind.PARALLEL).get(0);
        assertTrue(finding.evidence().stream().anyMatch(e -> e.attribute().equals("text") && e.value() > 0.9));
        assertTrue(finding.message().contains("Jugendliche"));
    }

    @Test
    void aTopicCountsAsItsField() {
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        Activity b = f.m.activity("b", "Ausbildungsmesse", f.hwk, ActivityType.EVENT, List.of(f.aachen), List.of(f.digital),
                List.of(f.jugendliche), null, null);
        assertTrue(parallel(a, b));
    }

    @Test
    void sameLeadIsNotParallel() {
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        Activity b = f.fair("b", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        assertFalse(parallel(a, b));
    }

    @Test
    void leadsThatAreOneBodyUnderTwoNamesAreNotParallel() {
        Actor ihkLong = f.m.actor("ihkLong", "Industrie- und Handelskammer Aachen", ActorKind.CHAMBER_OF_INDUSTRY, f.aachen);
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        Activity b = f.fair("b", "Ausbildungsmesse", ihkLong, f.aachen, null, null);
        assertFalse(parallel(a, b));
    }

    @Test
    void cooperatingLeadsAreNotParallel() {
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        Activity b = f.fair("b", "Ausbildungsmesse", f.hwk, f.aachen, null, null);
        f.m.cooperation("coop", List.of(), f.ihk, f.hwk);
        assertFalse(parallel(a, b));
    }

    @Test
    void cooperationOnAnotherFieldDoesNotCount() {
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        Activity b = f.fair("b", "Ausbildungsmesse", f.hwk, f.aachen, null, null);
        f.m.cooperation("coop", List.of(f.anerkennung), f.ihk, f.hwk);
        assertTrue(parallel(a, b));
    }

    @Test
    void partnerOnTheOthersActivityCountsAsCooperation() {
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        Activity b = f.fair("b", "Ausbildungsmesse", f.hwk, f.aachen, null, null);
        b.getPartners().add(f.ihk);
        assertFalse(parallel(a, b));
    }

    @Test
    void disjointPeriodsAreNotParallelButOpenEndsOverlap() {
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, "2019", "2020");
        Activity b = f.fair("b", "Ausbildungsmesse", f.hwk, f.aachen, "2021-01", "2022");
        Activity c = f.fair("c", "Ausbildungsmesse", f.aa, f.aachen, null, "2019-06");
        AnalysisResult r = f.analyze();
        assertFalse(Fixture.reported(r, FindingKind.PARALLEL, a, b));
        assertTrue(Fixture.reported(r, FindingKind.PARALLEL, a, c));
    }

    @Test
    void differentRegionsTargetsOrSubjectsAreNotParallel() {
        Activity a = f.fair("a", "Ausbildungsmesse Pflege", f.ihk, f.aachen, null, null);
        Activity far = f.fair("far", "Ausbildungsmesse Pflege", f.hwk, f.koeln, null, null);
        Activity other = f.m.activity("other", "Ausbildungsmesse Pflege", f.hwk, ActivityType.EVENT, List.of(f.aachen),
                List.of(f.ausbildung), List.of(f.kmu), null, null);
        Activity subject = f.fair("subject", "Ausbildungsmesse Logistik", f.aa, f.aachen, null, null);
        f.fair("filler1", "Sprechstunde Anerkennung", f.jc, f.dueren, null, null);
        f.fair("filler2", "Netzwerk Digitalisierung", f.jc, f.dueren, null, null);
        AnalysisResult r = f.analyze();
        assertFalse(Fixture.reported(r, FindingKind.PARALLEL, a, far));
        assertFalse(Fixture.reported(r, FindingKind.PARALLEL, a, other));
        assertFalse(Fixture.reported(r, FindingKind.PARALLEL, a, subject));
    }

    @Test
    void regionFallsBackToTheLeadsRegion() {
        Activity a = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        Activity b = f.m.activity("b", "Ausbildungsmesse", f.hwk, ActivityType.EVENT, List.of(), List.of(f.ausbildung),
                List.of(f.jugendliche), null, null);
        assertTrue(parallel(a, b));
    }

    @Test
    void malformedPeriodIsAWarningNotACrash() {
        f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, "sometime", null);
        AnalysisResult r = f.analyze();
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("sometime")));
    }
}
