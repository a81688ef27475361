package org.regionet.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TextVectorizerTest {

    private static SparseVectors vectors(List<String> titles) {
        return new TextVectorizer(Lexicon.defaults(), Set.of(), 1.0, 0.5).vectorize(titles.size(), titles::get, i -> null);
    }

    @Test
    void compoundsAndSynonymsMeetTheirParts() {
        SparseVectors v = vectors(List.of("Ausbildungsmesse Pflege", "Messe für Ausbildung in der Pflege",
                "Ausbildungsbörse Pflege", "Runder Tisch Pflege", "Netzwerk Pflege", "Ausbildung", "Logistik"));
        assertTrue(v.cosine(0, 1) > 0.99, "compound vs. phrase: " + v.cosine(0, 1));
        assertTrue(v.cosine(0, 2) > 0.99, "Börse is a Messe: " + v.cosine(0, 2));
        assertTrue(v.cosine(3, 4) > 0.99, "Runder Tisch is a Netzwerk: " + v.cosine(3, 4));
    }

    @Test
    void placesAndYearsDoNotCount() {
        SparseVectors v = vectors(List.of("Ausbildungsmesse Aachen 2024", "Ausbildungsmesse Düren 2025", "Pflege"));
        assertEquals(1.0, v.cosine(0, 1), 1e-6);
    }

    @Test
    void differentSubjectsConflict() {
        SparseVectors v = vectors(List.of("Ausbildungsmesse Pflege", "Ausbildungsmesse Logistik",
                "Regionale Ausbildungsmesse Pflege", "Jobmesse Handwerk", "Regionale Jobmesse Handwerk", "Regionale Tage"));
        assertNotNull(v.subjectConflict(0, 1));
        assertNull(v.subjectConflict(0, 2), "a common extra word is no conflict");
    }

    @Test
    void differentFormatsOfOneThemeConflictEvenWhenFormatsAreCommon() {
        // Formats are common words in a large corpus (not distinctive), yet an Infotag is not a Fachtag.
        List<String> titles = List.of("Infotag Pflege", "Fachtag Pflege", "Infotag Logistik", "Fachtag Logistik",
                "Infotag Handwerk", "Fachtag Handwerk", "Aktionstag Pflege", "Projekt Pflege", "Programm Pflege");
        // Only words in at most two texts are distinctive here: "infotag" and "fachtag" are in more.
        SparseVectors v = new TextVectorizer(Lexicon.defaults(), Set.of(), 1.0, 0.1).vectorize(titles.size(), titles::get,
                i -> null);
        String[] conflict = v.subjectConflict(0, 1);
        assertNotNull(conflict, "Infotag / Fachtag");
        assertEquals(List.of("infotag", "fachtag"), List.of(conflict));
        assertNull(v.subjectConflict(0, 6), "Aktionstag is an Infotag (text synonym)");
        assertNull(v.subjectConflict(7, 8), "Programm is a Projekt (text synonym)");
    }

    @Test
    void lightStemmerFoldsPluralAndUmlaut() {
        assertEquals(GermanLightStemmer.stem("fachkraft"), GermanLightStemmer.stem("fachkraefte"));
        assertEquals(GermanLightStemmer.stem("messe"), GermanLightStemmer.stem("messen"));
    }
}
