package org.regionet.analysis.detect;

import java.util.EnumMap;
import java.util.Map;

import org.regionet.model.ActorKind;

/**
 * Whether two actor kinds can describe the same body. Kinds in one family (a municipal
 * economic-development office may be filed as municipality; a provider as company or welfare
 * organisation) are compatible; {@code other} fits anything. {@code employment-agency} is the
 * metamodel default, so it is indistinguishable from "not set" and only counts when both agree.
 */
public final class KindCompatibility {

    /** Verdict on two kinds. */
    public enum Verdict {
        SAME, RELATED, UNKNOWN, DIFFERENT
    }

    private static final Map<ActorKind, Integer> FAMILY = new EnumMap<>(ActorKind.class);

    static {
        family(1, ActorKind.MUNICIPALITY, ActorKind.DISTRICT, ActorKind.ECONOMIC_DEVELOPMENT,
                ActorKind.TRANSITION_COORDINATION, ActorKind.WOMEN_AND_WORK);
        family(2, ActorKind.EDUCATION_PROVIDER, ActorKind.WELFARE_ORGANISATION, ActorKind.COMPANY,
                ActorKind.UNIVERSITY);
        family(3, ActorKind.REGIONAL_AGENCY, ActorKind.NETWORK);
        family(4, ActorKind.MINISTRY, ActorKind.STATE_AGENCY);
        family(5, ActorKind.EMPLOYER_ASSOCIATION, ActorKind.UNION);
    }

    private KindCompatibility() {
    }

    private static void family(int id, ActorKind... kinds) {
        for (ActorKind k : kinds) {
            FAMILY.put(k, id);
        }
    }

    public static Verdict of(ActorKind a, ActorKind b) {
        if (a == b) {
            return Verdict.SAME;
        }
        if (a == null || b == null || a == ActorKind.OTHER || b == ActorKind.OTHER
                || a == ActorKind.EMPLOYMENT_AGENCY || b == ActorKind.EMPLOYMENT_AGENCY) {
            return Verdict.UNKNOWN;
        }
        Integer fa = FAMILY.get(a);
        return fa != null && fa.equals(FAMILY.get(b)) ? Verdict.RELATED : Verdict.DIFFERENT;
    }
}
