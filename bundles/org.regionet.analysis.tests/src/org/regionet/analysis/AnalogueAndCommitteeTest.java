package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regionet.model.Activity;
import org.regionet.model.Committee;
import org.regionet.model.CommitteeKind;
import org.regionet.model.FindingKind;
import org.regionet.model.MemberRole;

class AnalogueAndCommitteeTest {

    private final Fixture f = new Fixture();

    @Test
    void sameOfferNextDoorIsAnAnalogue() {
        Activity a = f.fair("a", "Ausbildungsmesse Aachen", f.ihk, f.aachen, null, null);
        Activity b = f.fair("b", "Ausbildungsmesse Düren", f.jc, f.dueren, null, null);
        Activity c = f.fair("c", "Ausbildungsmesse Köln", f.hwk, f.koeln, null, null);
        AnalysisResult r = f.analyze();
        assertTrue(Fixture.reported(r, FindingKind.ANALOGUE, a, b), "Düren neighbours Aachen");
        assertFalse(Fixture.reported(r, FindingKind.ANALOGUE, a, c), "Köln does not neighbour Aachen");
        assertFalse(Fixture.reported(r, FindingKind.PARALLEL, a, b));
        assertTrue(r.findings(FindingKind.ANALOGUE).get(0).severity() == Severity.INFO);
    }

    @Test
    void neighbourhoodIsSymmetric() {
        // Only Düren declares Aachen as neighbour; Heinsberg likewise.
        Activity a = f.fair("a", "Ausbildungsmesse", f.jc, f.heinsberg, null, null);
        Activity b = f.fair("b", "Ausbildungsmesse", f.ihk, f.aachen, null, null);
        assertTrue(Fixture.reported(f.analyze(), FindingKind.ANALOGUE, a, b));
    }

    private Committee committee(String name, String title, CommitteeKind kind) {
        return f.m.committee(name, title, kind, f.aachen, List.of(f.ausbildung));
    }

    @Test
    void committeesWithTheSamePeopleAndMandateOverlap() {
        Committee a = committee("lk", "Lenkungskreis Fachkräfte", CommitteeKind.STEERING);
        Committee b = committee("sg", "Steuerungsgruppe Fachkräftesicherung", CommitteeKind.STEERING);
        for (Committee c : List.of(a, b)) {
            TestModel.member(c, f.ihk, MemberRole.CHAIR);
            TestModel.member(c, f.hwk, MemberRole.MEMBER);
            TestModel.member(c, f.aa, MemberRole.MEMBER);
        }
        TestModel.member(b, f.jc, MemberRole.GUEST);
        AnalysisResult r = f.analyze();
        assertTrue(Fixture.reported(r, FindingKind.OVERLAPPING_COMMITTEE, a, b));
        Finding finding = r.findings(FindingKind.OVERLAPPING_COMMITTEE).get(0);
        assertTrue(finding.evidence().stream().anyMatch(e -> e.attribute().equals("members") && e.value() > 0.9));
    }

    @Test
    void sharedChairWeighsMoreThanSharedGuests() {
        Committee a = committee("a", "Arbeitskreis Ausbildung", CommitteeKind.WORKING_GROUP);
        Committee b = committee("b", "Beirat Fachkräfte", CommitteeKind.BOARD);
        TestModel.member(a, f.ihk, MemberRole.CHAIR);
        TestModel.member(b, f.ihk, MemberRole.CHAIR);
        TestModel.member(a, f.hwk, MemberRole.GUEST);
        TestModel.member(b, f.aa, MemberRole.GUEST);
        Committee c = committee("c", "Arbeitskreis Qualifizierung", CommitteeKind.WORKING_GROUP);
        Committee d = committee("d", "Beirat Zuwanderung", CommitteeKind.BOARD);
        TestModel.member(c, f.ihk, MemberRole.GUEST);
        TestModel.member(d, f.ihk, MemberRole.GUEST);
        TestModel.member(c, f.hwk, MemberRole.CHAIR);
        TestModel.member(d, f.aa, MemberRole.CHAIR);
        AnalysisSettings low = AnalysisSettings.builder().committeeThreshold(0).build();
        AnalysisResult r = f.analyze(low);
        double chairShared = score(r, a, b);
        double guestShared = score(r, c, d);
        assertTrue(chairShared > guestShared, chairShared + " vs " + guestShared);
    }

    @Test
    void unrelatedCommitteesDoNotOverlap() {
        Committee a = committee("a", "Arbeitskreis Ausbildung", CommitteeKind.WORKING_GROUP);
        Committee b = f.m.committee("b", "Netzwerk Anerkennung", CommitteeKind.NETWORK, f.koeln, List.of(f.anerkennung));
        TestModel.member(a, f.ihk, MemberRole.CHAIR);
        TestModel.member(a, f.hwk, MemberRole.MEMBER);
        TestModel.member(b, f.aa, MemberRole.CHAIR);
        TestModel.member(b, f.ihk, MemberRole.GUEST);
        assertFalse(Fixture.reported(f.analyze(), FindingKind.OVERLAPPING_COMMITTEE, a, b));
    }

    private static double score(AnalysisResult r, Object a, Object b) {
        return r.findings(FindingKind.OVERLAPPING_COMMITTEE).stream()
                .filter(x -> x.elements().contains(a) && x.elements().contains(b)).findFirst().orElseThrow().score();
    }
}
