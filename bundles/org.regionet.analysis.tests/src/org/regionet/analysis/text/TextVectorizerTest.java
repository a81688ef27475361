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
    void lightStemmerFoldsPluralAndUmlaut() {
        assertEquals(GermanLightStemmer.stem("fachkraft"), GermanLightStemmer.stem("fachkraefte"));
        assertEquals(GermanLightStemmer.stem("messe"), GermanLightStemmer.stem("messen"));
    }
}
