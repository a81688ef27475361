package org.regionet.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    private final NameNormalizer normalizer = new NameNormalizer(Lexicon.defaults());

    private String key(String name) {
        return normalizer.normalize(name).key();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // umlauts and ß
        "Düsseldorf | duesseldorf",
        "Duesseldorf | duesseldorf",
        "Straßenbau Weiß | strassenbau weiss",
        "ÄRZTEKAMMER NORDRHEIN | aerztekammer nordrhein",
        // legal forms, never the first word
        "Becker Metallbau GmbH | becker metallbau",
        "Becker Metallbau GmbH & Co. KG | becker metallbau",
        "Verein für Bildung e.V. | verein bildung",
        "Verein für Bildung e. V. | verein bildung",
        "Bildungswerk gGmbH | bildungswerk",
        "Pro Arbeit AöR | pro arbeit",
        "Jobcenter Kreis Düren (gE) | jobcenter kreis dueren",
        // abbreviations
        "IHK Aachen | industrie handelskammer aachen",
        "Industrie- und Handelskammer Aachen | industrie handelskammer aachen",
        "HWK Aachen | handwerkskammer aachen",
        "AA Düren | agentur arbeit dueren",
        "Arbeitsagentur Düren | agentur arbeit dueren",
        "KH Aachen | kreishandwerkerschaft aachen",
        "WFG Kreis Düren | wirtschaftsfoerderung kreis dueren",
        "DGB Region NRW Süd-West | deutscher gewerkschaftsbund region nordrhein westfalen sued west",
        "VUV | vereinigte unternehmerverbaende",
        // compounds and districts
        "Handwerks-Kammer Aachen | handwerkskammer aachen",
        "Handwerks Kammer Aachen | handwerkskammer aachen",
        "Hochsauerlandkreis | hochsauerland kreis",
        "Rhein-Sieg-Kreis | rheinsieg kreis",
        "Städte-Region Aachen | staedteregion aachen",
        "Mönchengladbach, kreisfreie Stadt | moenchengladbach stadt",
        "Landkreis Harburg | kreis harburg",
        // repeated tokens
        "IHK Aachen (Industrie- und Handelskammer) | industrie handelskammer aachen",
    })
    void normalises(String raw, String expected) {
        assertEquals(expected.strip(), key(raw));
    }

    @Test
    void classifiesPlacesDesignatorsAndNumbers() {
        NormalizedName n = normalizer.normalize("Berufskolleg 2 Aachen");
        assertEquals(TokenKind.DESIGNATOR, n.kind(0));
        assertEquals(TokenKind.NUMBER, n.kind(1));
        assertEquals(TokenKind.PLACE, n.kind(2));
    }

    @Test
    void identifiersAreSplitAtCamelCase() {
        assertEquals("industrie handelskammer aachen", normalizer.normalizeIdentifier("ihkAachen").key());
    }

    @Test
    void userFilesExtendTheBundledLists(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("abbr.txt");
        Files.writeString(extra, "# local\nZAQ = Zentrum für Arbeit und Qualifizierung\n");
        Lexicon extended = Lexicon.builder().addDefaults().addAbbreviations(extra).build();
        NameNormalizer n = new NameNormalizer(extended);
        assertEquals(n.normalize("Zentrum für Arbeit und Qualifizierung Köln").key(), n.normalize("ZAQ Köln").key());
        assertNotEquals(key("Zentrum für Arbeit und Qualifizierung Köln"), key("ZAQ Köln"));
        assertTrue(extended.isStopword("und"));
    }

    @Test
    void placeListDerivesKeysAndDisplayNames() {
        List<Place> places = Lexicon.defaults().places();
        assertTrue(places.size() >= 400, "about 400 districts and cities");
        Place hsk = places.stream().filter(p -> p.official().equals("Hochsauerlandkreis")).findFirst().orElseThrow();
        assertEquals("hochsauerland", hsk.key());
        assertEquals("Hochsauerland", hsk.display());
        assertTrue(Lexicon.defaults().isAdministrative("kreis"));
    }
}
