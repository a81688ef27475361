package org.regionet.analysis.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of findings and their evidence, English by default and German under {@code de} locales
 * ({@code messages_de.properties}). Findings are worded when they are made, in the default locale of the run.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.regionet.analysis.internal.messages"; //$NON-NLS-1$

    public static String None;
    public static String Kind_same;
    public static String Kind_notConclusive;
    public static String Kind_related;
    public static String Kind_incompatible;
    public static String Kind_sameCommittee;
    public static String Kind_differentCommittee;
    public static String Name_overlap;
    public static String Name_extraWord;
    public static String Name_typo;
    public static String Name_compound;
    public static String Name_impliedPlace;
    public static String Name_differentPlaces;
    public static String Name_differentNumbers;
    public static String Name_differentBodies;
    public static String Name_lookAlike;
    public static String Actor_viaAlias;
    public static String Region_same;
    public static String Region_neighbouring;
    public static String Region_none;
    public static String Region_differ;
    public static String Actor_parent;
    public static String Activity_text;
    public static String Activity_titleOnly;
    public static String Activity_titleOnlyParallel;
    public static String Activity_titleOnlyAnalogue;
    public static String Activity_subjects;
    public static String Activity_sameType;
    public static String Activity_differentTypes;
    public static String Activity_fields;
    public static String Activity_targets;
    public static String Activity_periodOverlaps;
    public static String Activity_periodDisjoint;
    public static String Activity_leads;
    public static String Activity_sharedRegions;
    public static String Activity_sharedRegionsFromLead;
    public static String Activity_neighbouringRegions;
    public static String Committee_mandate;
    public static String Committee_title;
    public static String Committee_members;
    public static String Gap_noActivity;
    public static String Gap_otherRegions;
    public static String Gap_coveredNextDoor;
    public static String Gap_emptyRegion;
    public static String Finding_duplicateActor;
    public static String Finding_parallel;
    public static String Finding_analogue;
    public static String Finding_committee;
    public static String Finding_gap;
    public static String FindingKind_duplicateActor;
    public static String FindingKind_parallel;
    public static String FindingKind_overlappingCommittee;
    public static String FindingKind_analogue;
    public static String FindingKind_gap;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** A score or similarity as shown in texts: two decimals with a point in every locale, as in the reports. */
    public static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
    }
}
