package org.regionet.analysis.text;

/**
 * A German district or district-free city from the place list.
 *
 * @param state   two-letter state code ("NW"), empty if the line had none
 * @param official official name ("Kreis Kleve", "Rhein-Sieg-Kreis")
 * @param key     normalised place key used in names ("kleve", "rheinsieg")
 * @param display the place as written inside body names ("Kleve", "Rhein-Sieg", "Märkischer Kreis")
 * @param city    true for district-free cities ("Stadt ..."), false for districts
 */
public record Place(String state, String official, String key, String display, boolean city) {
}
