package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.FindingKind;

class DuplicateActorTest {

    private final Fixture f = new Fixture();

    @Test
    void abbreviationAndFullNameAreOneBody() {
        Actor full = f.m.actor("ihkLong", "Industrie- und Handelskammer Aachen", ActorKind.CHAMBER_OF_INDUSTRY, f.aachen);
        AnalysisResult r = f.analyze();
        assertTrue(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, f.ihk, full));
        Finding finding = r.findings(FindingKind.DUPLICATE_ACTOR).get(0);
        assertEquals(List.of("nrw.ihk", "nrw.ihkLong"), finding.elementNames());
        assertTrue(finding.evidence().stream().anyMatch(e -> e.attribute().equals("kind") && e.value() == 1.0));
    }

    @Test
    void handelskammerAndHandwerkskammerAreDifferentBodies() {
        Actor hk = f.m.actor("hk", "Handelskammer Aachen", ActorKind.OTHER, f.aachen);
        AnalysisResult r = f.analyze();
        assertFalse(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, hk, f.hwk));
    }

    @Test
    void spellingVariantsAreFound() {
        Actor a = f.m.actor("metall1", "Becker Metallbau GmbH", ActorKind.COMPANY, f.aachen);
        Actor b = f.m.actor("metall2", "Metallbau Bekcer", ActorKind.COMPANY, f.aachen);
        Actor c = f.m.actor("metall3", "BECKER METALLBAU GMBH & CO. KG", ActorKind.OTHER, f.aachen);
        Actor d = f.m.actor("metall4", "Schmitz Metallbau GmbH", ActorKind.COMPANY, f.aachen);
        AnalysisResult r = f.analyze();
        assertTrue(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, a, b));
        assertTrue(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, a, c));
        assertFalse(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, a, d));
    }

    @Test
    void aliasConnectsABrandName() {
        Actor brand = f.m.actor("pro", "Pro Arbeit", ActorKind.JOB_CENTRE, f.dueren);
        brand.getAliases().add("Jobcenter Kreis Düren");
        assertTrue(Fixture.reported(f.analyze(), FindingKind.DUPLICATE_ACTOR, brand, f.jc));
    }

    @Test
    void incompatibleKindsAndParentsAreNotMerged() {
        Actor chamberAsUnion = f.m.actor("x", "IHK Aachen", ActorKind.UNION, f.aachen);
        Actor office = f.m.actor("office", "Industrie- und Handelskammer Aachen", ActorKind.CHAMBER_OF_INDUSTRY, f.aachen);
        office.setParent(f.ihk);
        AnalysisResult r = f.analyze();
        assertFalse(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, f.ihk, chamberAsUnion));
        assertFalse(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, f.ihk, office));
    }

    @Test
    void suppressedDuplicateIsAcceptedWithReason() {
        Actor full = f.m.actor("ihkLong", "Industrie- und Handelskammer Aachen", ActorKind.CHAMBER_OF_INDUSTRY, f.aachen);
        f.m.accept("acc1", FindingKind.DUPLICATE_ACTOR, "kept apart: head office and training centre", full, f.ihk);
        AnalysisResult r = f.analyze();
        assertFalse(Fixture.reported(r, FindingKind.DUPLICATE_ACTOR, f.ihk, full));
        assertEquals(1, r.accepted().size());
        assertEquals("kept apart: head office and training centre", r.accepted().get(0).reason());
        assertTrue(r.accepted().get(0).finding().elements().contains(full));
    }

    @Test
    void luceneBlockingFindsTheSame() {
        Actor full = f.m.actor("ihkLong", "Industrie- und Handelskammer Aachen", ActorKind.CHAMBER_OF_INDUSTRY, f.aachen);
        AnalysisSettings lucene = AnalysisSettings.builder().blocking(AnalysisSettings.Blocking.LUCENE).build();
        assertTrue(Fixture.reported(f.analyze(lucene), FindingKind.DUPLICATE_ACTOR, f.ihk, full));
    }
}
