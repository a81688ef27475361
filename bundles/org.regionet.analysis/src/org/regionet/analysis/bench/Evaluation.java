package org.regionet.analysis.bench;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.regionet.analysis.AcceptedFinding;
import org.regionet.analysis.AnalysisResult;
import org.regionet.analysis.Finding;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.synth.PlantedTruth;
import org.regionet.analysis.synth.SyntheticModel;
import org.regionet.model.FindingKind;

/** Precision and recall of an analysis against the planted truth of a synthetic model. */
public final class Evaluation {

    /**
     * @param truth          pairs in the truth
     * @param found          pairs reported (findings plus accepted findings)
     * @param truePositives  reported pairs that are in the truth
     */
    public record Score(int truth, int found, int truePositives) {
        public double precision() {
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        public double recall() {
            return truth == 0 ? 1.0 : (double) truePositives / truth;
        }
    }

    private Evaluation() {
    }

    /** Scores per kind, plus "near-miss" (planted near-misses wrongly reported as parallel; truth = planted count). */
    public static Map<String, Score> of(AnalysisResult result, SyntheticModel model) {
        Map<EObject, Integer> actors = index(model.actors());
        Map<EObject, Integer> activities = index(model.activities());
        Map<EObject, Integer> committees = index(model.committees());
        List<Finding> all = new ArrayList<>(result.findings());
        for (AcceptedFinding a : result.accepted()) {
            all.add(a.finding());
        }
        PlantedTruth t = model.truth();
        Map<String, Score> out = new LinkedHashMap<>();
        out.put("duplicate-actor", score(all, FindingKind.DUPLICATE_ACTOR, actors, t.duplicates()));
        out.put("parallel", score(all, FindingKind.PARALLEL, activities, t.parallels()));
        out.put("analogue", score(all, FindingKind.ANALOGUE, activities, t.analogues()));
        out.put("overlapping-committee", score(all, FindingKind.OVERLAPPING_COMMITTEE, committees, t.committees()));
        Score nm = score(all, FindingKind.PARALLEL, activities, t.nearMisses());
        out.put("near-miss reported as parallel", new Score(t.nearMisses().length, nm.truePositives(), nm.truePositives()));
        return out;
    }

    /** Reported pairs of the scored kinds that are not in the planted truth of their kind. */
    public static List<Finding> falsePositives(AnalysisResult result, SyntheticModel model) {
        Map<EObject, Integer> actors = index(model.actors());
        Map<EObject, Integer> activities = index(model.activities());
        Map<EObject, Integer> committees = index(model.committees());
        PlantedTruth t = model.truth();
        List<Finding> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            boolean wrong = switch (f.kind()) {
                case DUPLICATE_ACTOR -> !inTruth(f, actors, t.duplicates());
                case PARALLEL -> !inTruth(f, activities, t.parallels());
                case ANALOGUE -> !inTruth(f, activities, t.analogues());
                case OVERLAPPING_COMMITTEE -> !inTruth(f, committees, t.committees());
                default -> false;
            };
            if (wrong) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean inTruth(Finding f, Map<EObject, Integer> index, long[] truth) {
        Integer a = index.get(f.elements().get(0));
        Integer b = index.get(f.elements().get(1));
        return a != null && b != null && PlantedTruth.contains(truth, LongList.pair(a, b));
    }

    private static Score score(List<Finding> findings, FindingKind kind, Map<EObject, Integer> index, long[] truth) {
        int found = 0;
        int tp = 0;
        for (Finding f : findings) {
            if (f.kind() != kind) {
                continue;
            }
            found++;
            if (inTruth(f, index, truth)) {
                tp++;
            }
        }
        return new Score(truth.length, found, tp);
    }

    private static Map<EObject, Integer> index(List<? extends EObject> list) {
        Map<EObject, Integer> m = new IdentityHashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            m.put(list.get(i), i);
        }
        return m;
    }
}
