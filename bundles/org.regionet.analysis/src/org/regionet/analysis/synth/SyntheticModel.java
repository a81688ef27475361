package org.regionet.analysis.synth;

import java.util.List;

import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.RegioModel;

/**
 * A generated Germany-scale model set with its planted truth.
 *
 * @param models     one model per state plus a common one for fields and target groups
 * @param actors     all actors (truth pairs index into this list)
 * @param activities all activities
 * @param committees all committees
 * @param truth      the planted truth
 */
public record SyntheticModel(List<RegioModel> models, List<Actor> actors, List<Activity> activities,
        List<Committee> committees, PlantedTruth truth) {
}
