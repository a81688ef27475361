package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.List;

import org.regionet.analysis.text.Folding;
import org.regionet.analysis.text.SparseVectors;
import org.regionet.model.Actor;

/**
 * Pairs where at least one activity has only a title (no description). A short title is too
 * little text for the cosine to tell offers apart (brand names, compounds: "Fachkräfte-Summit" /
 * "Fachkräftegipfel", "Weiterbildungsportal" / "Weiterbildungsdatenbank"), so for such pairs
 * the detectors let the structural conditions decide and use the text only to find a clear
 * subject conflict ({@link SparseVectors#titleSubjectConflict}), ignoring words of the
 * activity's own lead's name ("IHK-Ausbildungsbotschafter" led by the IHK).
 */
final class TitleOnly {

    private TitleOnly() {
    }

    static boolean thin(ActivityTable t, int i, int j) {
        return t.thinText[i] || t.thinText[j];
    }

    /** The conflicting subject words of a title-only pair, or null. */
    static String[] conflict(ActivityTable t, SparseVectors text, int i, int j) {
        return text.titleSubjectConflict(i, j, w -> leadWord(t, i, w), w -> leadWord(t, j, w));
    }

    /** True if {@code word} is (a compound relative of) a word of the name of activity {@code i}'s lead. */
    static boolean leadWord(ActivityTable t, int i, String word) {
        Actor lead = t.activity[i].getLead();
        if (lead == null || word.length() < 3) {
            return false;
        }
        List<String> names = new ArrayList<>(lead.getAliases());
        names.add(lead.getTitle());
        names.add(Folding.splitIdentifier(lead.getName()));
        for (String n : names) {
            for (String token : Folding.tokens(n)) {
                if (token.length() >= 3 && (token.startsWith(word) || word.startsWith(token))) {
                    return true;
                }
            }
        }
        return false;
    }
}
