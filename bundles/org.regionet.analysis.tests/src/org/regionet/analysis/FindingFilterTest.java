package org.regionet.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Element;
import org.regionet.model.FindingKind;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;
import org.regionet.model.RegionetFactory;

class FindingFilterTest {

    private static final RegionetFactory F = RegionetFactory.eINSTANCE;

    private final RegioModel model = F.createRegioModel();
    private final Region aachen = element(F.createRegion(), "aachen", "StädteRegion Aachen");
    private final Region dueren = element(F.createRegion(), "dueren", "Kreis Düren");
    private final Region koeln = element(F.createRegion(), "koeln", "Stadt Köln");
    private final ActionField ausbildung = element(F.createActionField(), "ausbildung", "Aus- und Weiterbildung");
    private final ActionField digital = element(F.createActionField(), "digital", "Digitale Bildung");
    private final ActionField integration = element(F.createActionField(), "integration", "Integration");

    private final Finding parallel;
    private final Finding duplicate;

    FindingFilterTest() {
        model.setName("nrw");
        digital.setRefines(ausbildung);
        Activity fair = element(F.createActivity(), "messe", "Ausbildungsmesse");
        fair.getRegions().add(aachen);
        fair.getFields().add(digital);
        Activity day = element(F.createActivity(), "tag", "Ausbildungstag");
        day.getRegions().add(dueren);
        day.getFields().add(ausbildung);
        parallel = finding(FindingKind.PARALLEL, "Ausbildungsmesse and Ausbildungstag", fair, day);
        Actor ihk = element(F.createActor(), "ihk", "IHK Köln");
        ihk.getRegions().add(koeln);
        Actor kammer = element(F.createActor(), "kammer", "Industrie- und Handelskammer Köln");
        kammer.getRegions().add(koeln);
        duplicate = finding(FindingKind.DUPLICATE_ACTOR, "IHK Köln and its long name", ihk, kammer);
    }

    @Test
    void withoutChoicesEveryFindingIsShown() {
        FindingFilter filter = new FindingFilter();
        assertTrue(filter.isEmpty());
        assertTrue(filter.matches(parallel));
        assertTrue(filter.matches(duplicate));
        filter.setText("  ");
        assertTrue(filter.isEmpty(), "blank text is no choice");
        assertEquals("any", filter.toString());
        filter.setRegion("nrw.koeln");
        assertFalse(filter.isEmpty());
    }

    @Test
    void aRegionShowsTheFindingsOfItsElements() {
        FindingFilter filter = new FindingFilter();
        filter.setRegion("nrw.dueren");
        assertTrue(filter.matches(parallel));
        assertFalse(filter.matches(duplicate));
        filter.setRegion("nrw.koeln");
        assertFalse(filter.matches(parallel));
        assertTrue(filter.matches(duplicate));
    }

    @Test
    void aFieldShowsTheFindingsInItAndInItsTopics() {
        FindingFilter filter = new FindingFilter();
        filter.setField("nrw.ausbildung");
        assertTrue(filter.matches(parallel));
        assertFalse(filter.matches(duplicate), "actors have no field");
        filter.setField("nrw.integration");
        assertFalse(filter.matches(parallel));
    }

    @Test
    void kindRegionFieldAndTextAllHaveToMatch() {
        FindingFilter filter = new FindingFilter();
        filter.setKind(FindingKind.PARALLEL);
        filter.setRegion("nrw.aachen");
        filter.setField("nrw.digital");
        filter.setText("  AUSBILDUNGSTAG ");
        assertTrue(filter.matches(parallel));
        filter.setText("nrw.messe");
        assertTrue(filter.matches(parallel), "element names count as text");
        filter.setText("Köln");
        assertFalse(filter.matches(parallel));
        filter.setText("");
        filter.setKind(FindingKind.GAP);
        assertFalse(filter.matches(parallel));
    }

    @Test
    void theChoicesAreTheRegionsAndFieldsOfTheFindingsByLabel() {
        assertEquals(List.of(dueren, koeln, aachen), FindingFilter.regions(List.of(duplicate, parallel)));
        assertEquals(List.of(ausbildung, digital), FindingFilter.fields(List.of(duplicate, parallel)));
    }

    private <T extends Element> T element(T element, String name, String title) {
        element.setName(name);
        element.setTitle(title);
        model.getElements().add(element);
        return element;
    }

    private static Finding finding(FindingKind kind, String message, EObject... elements) {
        return new Finding(kind, 0.9, List.of(elements), List.of(), message);
    }
}
