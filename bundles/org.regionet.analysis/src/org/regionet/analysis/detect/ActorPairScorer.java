package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.internal.Messages;
import org.regionet.analysis.internal.ModelIndex;
import org.regionet.analysis.text.NameComparator;
import org.regionet.analysis.text.NameComparison;
import org.regionet.model.Actor;

/**
 * Scores whether two actors are one body: the best name comparison over titles and aliases,
 * times factors for actor kind, region and parent/child relation. Thread-safe.
 */
final class ActorPairScorer {

    /** A score with its evidence (empty unless explained). */
    record Scored(double score, List<Evidence> evidence) {
    }

    private final ActorProfiles p;
    private final ModelIndex index;
    private final NameComparator comparator;
    private final AnalysisSettings settings;

    ActorPairScorer(ActorProfiles profiles, ModelIndex index, NameComparator comparator, AnalysisSettings settings) {
        this.p = profiles;
        this.index = index;
        this.comparator = comparator;
        this.settings = settings;
    }

    double score(int a, int b) {
        return score(a, b, false).score();
    }

    /** The score, or 0 early if even the best name pair cannot reach {@code threshold}. */
    double score(int a, int b, double threshold) {
        double bound = 0;
        for (int i = 0; i < p.names[a].length && bound < threshold; i++) {
            for (int j = 0; j < p.names[b].length && bound < threshold; j++) {
                bound = Math.max(bound, comparator.upperBound(p.names[a][i], p.names[b][j], p.weights,
                        p.placeContext.get(a), p.placeContext.get(b)));
            }
        }
        return bound < threshold ? 0 : score(a, b);
    }

    Scored score(int a, int b, boolean explain) {
        NameComparison best = null;
        int bi = 0;
        int bj = 0;
        for (int i = 0; i < p.names[a].length; i++) {
            for (int j = 0; j < p.names[b].length; j++) {
                NameComparison c = comparator.compare(p.names[a][i], p.names[b][j], p.weights,
                        p.placeContext.get(a), p.placeContext.get(b), false);
                if (best == null || c.score() > best.score()) {
                    best = c;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (best == null || best.score() == 0) {
            return new Scored(0, List.of());
        }
        List<Evidence> ev = explain ? new ArrayList<>() : null;
        if (explain) {
            best = comparator.compare(p.names[a][bi], p.names[b][bj], p.weights, p.placeContext.get(a),
                    p.placeContext.get(b), true);
            ev.addAll(best.evidence());
            if (bi > 0 || bj > 0) {
                ev.add(new Evidence("alias", best.overlap(), bi > 0
                        ? NLS.bind(Messages.Actor_viaAlias, p.names[a][bi].raw(), ElementNames.label(p.actor[a]))
                        : NLS.bind(Messages.Actor_viaAlias, p.names[b][bj].raw(), ElementNames.label(p.actor[b]))));
            }
        }
        double score = best.score();
        score *= kindFactor(p.actor[a], p.actor[b], ev);
        score *= regionFactor(a, b, ev);
        score *= parentFactor(p.actor[a], p.actor[b], ev);
        return new Scored(score, ev == null ? List.of() : ev);
    }

    private double kindFactor(Actor a, Actor b, List<Evidence> ev) {
        KindCompatibility.Verdict v = KindCompatibility.of(a.getKind(), b.getKind());
        double f = switch (v) {
            case SAME, UNKNOWN -> 1.0;
            case RELATED -> 0.95;
            case DIFFERENT -> settings.kindMismatchFactor();
        };
        if (ev != null) {
            String pattern = switch (v) {
                case SAME -> Messages.Kind_same;
                case UNKNOWN -> Messages.Kind_notConclusive;
                case RELATED -> Messages.Kind_related;
                case DIFFERENT -> Messages.Kind_incompatible;
            };
            ev.add(new Evidence("kind", f, NLS.bind(pattern, a.getKind().getLiteral(), b.getKind().getLiteral())));
        }
        return f;
    }

    private double regionFactor(int a, int b, List<Evidence> ev) {
        int[] ra = p.regions[a];
        int[] rb = p.regions[b];
        if (ra.length == 0 || rb.length == 0) {
            return 1.0;
        }
        for (int x : ra) {
            for (int y : rb) {
                if (x == y || index.neighbours(x, y)) {
                    if (ev != null) {
                        ev.add(new Evidence("region", 1.0, x == y ? NLS.bind(Messages.Region_same, regionLabel(x))
                                : NLS.bind(Messages.Region_neighbouring, regionLabel(x), regionLabel(y))));
                    }
                    return 1.0;
                }
            }
        }
        if (ev != null) {
            ev.add(new Evidence("region", settings.regionMismatchFactor(), NLS.bind(Messages.Region_none, regionLabel(ra[0]), regionLabel(rb[0]))));
        }
        return settings.regionMismatchFactor();
    }

    private double parentFactor(Actor a, Actor b, List<Evidence> ev) {
        if (a.getParent() == b || b.getParent() == a) {
            if (ev != null) {
                ev.add(new Evidence("parent", settings.vetoFactor(), Messages.Actor_parent));
            }
            return settings.vetoFactor();
        }
        return 1.0;
    }

    private String regionLabel(int r) {
        return ElementNames.label(index.regions.get(r));
    }
}
