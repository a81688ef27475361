package org.regionet.analysis;

import org.regionet.analysis.internal.Messages;
import org.regionet.model.FindingKind;

/** Names of finding kinds for people (English, German under {@code de} locales); the literal stays the stable key. */
public final class FindingKinds {

    private FindingKinds() {
    }

    /** The plural name of the kind, e.g. "Parallel activities" / "Parallele Aktivitäten". */
    public static String label(FindingKind kind) {
        return switch (kind) {
            case DUPLICATE_ACTOR -> Messages.FindingKind_duplicateActor;
            case PARALLEL -> Messages.FindingKind_parallel;
            case OVERLAPPING_COMMITTEE -> Messages.FindingKind_overlappingCommittee;
            case ANALOGUE -> Messages.FindingKind_analogue;
            case GAP -> Messages.FindingKind_gap;
        };
    }
}
