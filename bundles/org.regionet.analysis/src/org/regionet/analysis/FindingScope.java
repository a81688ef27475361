package org.regionet.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Challenge;
import org.regionet.model.Committee;
import org.regionet.model.Concept;
import org.regionet.model.Cooperation;
import org.regionet.model.Region;

/**
 * The regions and action fields a finding concerns, for filtering and per-region summaries: the union over its
 * elements. A field counts with every broader field it refines, so a finding on a topic is found under its field.
 */
public final class FindingScope {

    private FindingScope() {
    }

    /** The regions of the finding's elements, in the order met. */
    public static Set<Region> regions(Finding finding) {
        Set<Region> regions = new LinkedHashSet<>();
        for (EObject element : finding.elements()) {
            regions.addAll(regionsOf(element));
        }
        return regions;
    }

    /** The action fields of the finding's elements with the fields they refine, in the order met. */
    public static Set<ActionField> fields(Finding finding) {
        Set<ActionField> fields = new LinkedHashSet<>();
        for (EObject element : finding.elements()) {
            for (ActionField field : fieldsOf(element)) {
                // the set also stops a cyclic refines chain (the validator reports those)
                while (field != null && fields.add(field)) {
                    field = field.getRefines();
                }
            }
        }
        return fields;
    }

    /**
     * The regions an element belongs to: a region itself, the regions of an actor or activity, the region of a
     * committee, concept or challenge, the regions of a cooperation's partners.
     */
    public static List<Region> regionsOf(EObject element) {
        if (element instanceof Region region) {
            return List.of(region);
        } else if (element instanceof Activity activity) {
            return activity.getRegions();
        } else if (element instanceof Actor actor) {
            return actor.getRegions();
        } else if (element instanceof Committee committee) {
            return optional(committee.getRegion());
        } else if (element instanceof Concept concept) {
            return optional(concept.getRegion());
        } else if (element instanceof Challenge challenge) {
            return optional(challenge.getRegion());
        } else if (element instanceof Cooperation cooperation) {
            Set<Region> regions = new LinkedHashSet<>();
            cooperation.getPartners().forEach(partner -> regions.addAll(partner.getRegions()));
            return List.copyOf(regions);
        }
        return List.of();
    }

    /**
     * The action fields an element works in: a field itself, the fields of an activity, challenge or cooperation,
     * a committee's mandate.
     */
    public static List<ActionField> fieldsOf(EObject element) {
        if (element instanceof ActionField field) {
            return List.of(field);
        } else if (element instanceof Activity activity) {
            return activity.getFields();
        } else if (element instanceof Challenge challenge) {
            return challenge.getFields();
        } else if (element instanceof Cooperation cooperation) {
            return cooperation.getFields();
        } else if (element instanceof Committee committee) {
            return committee.getMandate();
        }
        return List.of();
    }

    private static <T> List<T> optional(T value) {
        return value == null ? List.of() : List.of(value);
    }
}
