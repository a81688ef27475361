package org.regionet.analysis.text;

/** What a normalised name token denotes; drives the conflict rules of {@link NameComparator}. */
public enum TokenKind {
    /** An ordinary word. */
    WORD,
    /** A known place (district or district-free city). */
    PLACE,
    /** A head noun naming a kind of body ("Handwerkskammer", "Stadt"). */
    DESIGNATOR,
    /** A number ("Berufskolleg 2"). */
    NUMBER
}
