package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regionet.model.ActivityType;
import org.regionet.model.CommitteeKind;
import org.regionet.model.FindingKind;

class FindingScopeTest {

    private final Fixture f = new Fixture();

    @Test
    void parallelActivitiesConcernTheirRegionsAndTheFieldsTheirTopicsRefine() {
        var fair = f.fair("a", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        var workshop = f.m.activity("b", "Digitale Lernwerkstatt", f.hwk, ActivityType.PROJECT,
                List.of(f.dueren, f.aachen), List.of(f.digital), List.of(f.jugendliche), null, null);
        Finding finding = finding(FindingKind.PARALLEL, fair, workshop);
        assertEquals(List.of(f.aachen, f.dueren), List.copyOf(FindingScope.regions(finding)));
        assertEquals(List.of(f.ausbildung, f.digital), List.copyOf(FindingScope.fields(finding)),
                "the topic counts under the field it refines");
    }

    @Test
    void actorsHaveRegionsButNoFields() {
        Finding finding = finding(FindingKind.DUPLICATE_ACTOR, f.aa, f.jc);
        assertEquals(List.of(f.aachen, f.dueren), List.copyOf(FindingScope.regions(finding)));
        assertTrue(FindingScope.fields(finding).isEmpty());
    }

    @Test
    void committeesCooperationsAndGapsUseTheirRegionMandatePartnersOrCell() {
        var committee = f.m.committee("k", "Kommission", CommitteeKind.STEERING, f.heinsberg,
                List.of(f.anerkennung));
        var cooperation = f.m.cooperation("c", List.of(f.digital), f.jc);
        assertEquals(List.of(f.heinsberg, f.dueren),
                List.copyOf(FindingScope.regions(finding(FindingKind.OVERLAPPING_COMMITTEE, committee, cooperation))));
        assertEquals(List.of(f.anerkennung, f.digital, f.ausbildung),
                List.copyOf(FindingScope.fields(finding(FindingKind.OVERLAPPING_COMMITTEE, committee, cooperation))));
        Finding gap = finding(FindingKind.GAP, f.koeln, f.anerkennung);
        assertEquals(List.of(f.koeln), List.copyOf(FindingScope.regions(gap)));
        assertEquals(List.of(f.anerkennung), List.copyOf(FindingScope.fields(gap)));
    }

    @Test
    void aCyclicRefinesChainEnds() {
        f.ausbildung.setRefines(f.digital);
        Finding finding = finding(FindingKind.GAP, f.koeln, f.digital);
        assertEquals(List.of(f.digital, f.ausbildung), List.copyOf(FindingScope.fields(finding)));
    }

    private static Finding finding(FindingKind kind, org.eclipse.emf.ecore.EObject... elements) {
        return new Finding(kind, 1, List.of(elements), List.of(), "test");
    }
}
