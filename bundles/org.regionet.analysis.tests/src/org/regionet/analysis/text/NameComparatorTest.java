package org.regionet.analysis.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameComparatorTest {

    private static final double THRESHOLD = 0.8;
    private final Lexicon lexicon = Lexicon.defaults();
    private final NameNormalizer normalizer = new NameNormalizer(lexicon);
    private final NameComparator comparator = new NameComparator(lexicon);

    private NameComparison compare(String a, String b) {
        return comparator.compare(normalizer.normalize(a), normalizer.normalize(b), TokenWeights.uniform(), Set.of(),
                Set.of(), true);
    }

    @Test
    void handelskammerIsNotHandwerkskammerThoughJaroWinklerIsHigh() {
        assertTrue(StringDistance.jaroWinkler("handelskammer aachen", "handwerkskammer aachen") > 0.9);
        NameComparison c = compare("Handelskammer Aachen", "Handwerkskammer Aachen");
        assertTrue(c.score() < 0.5, "score " + c.score());
        assertTrue(c.vetoed());
        assertTrue(c.evidence().stream().anyMatch(e -> e.explanation().contains("handwerkskammer")));
    }

    @Test
    void ihkIsIndustrieUndHandelskammer() {
        assertTrue(compare("IHK Aachen", "Industrie- und Handelskammer Aachen").score() >= THRESHOLD);
        assertTrue(compare("IHK Aachen", "Industrie und Handelskammer zu Aachen").score() >= THRESHOLD);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Becker Metallbau GmbH | Metallbau Becker",
        "Becker Metallbau GmbH | Bekcer Metallbau GmbH",
        "Kreishandwerkerschaft Aachen | KH Aachen",
        "Agentur für Arbeit Düsseldorf | Arbeitsagentur Duesseldorf",
        "Jobcenter StädteRegion Aachen | Jobcenter Städte-Region Aachen gE",
        "Mayer Kunststofftechnik | Mayer Kunststoff Tehcnik",
        "Hochsauerlandkreis | Kreis Hochsauerland",
    })
    void variantsMatch(String a, String b) {
        assertTrue(compare(a, b).score() >= THRESHOLD, a + " / " + b + ": " + compare(a, b));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
        "Stadt Kleve | Kreis Kleve",
        "Agentur für Arbeit Aachen | Agentur für Arbeit Düren",
        "Jobcenter Aachen | Agentur für Arbeit Aachen",
        "Berufskolleg 1 Aachen | Berufskolleg 2 Aachen",
        "Schmitz Metallbau GmbH | Schmidt Metallbau GmbH",
        "Regionalagentur Aachen | Agentur für Arbeit Aachen",
        "Volkshochschule Aachen | Hochschule Aachen",
        "Frankfurt am Main Jobcenter | Jobcenter Frankfurt (Oder)",
    })
    void falseFriendsDoNotMatch(String a, String b) {
        assertTrue(compare(a, b).score() < THRESHOLD, a + " / " + b + ": " + compare(a, b));
    }

    @Test
    void placeImpliedByRegionCountsAsMatched() {
        NormalizedName a = normalizer.normalize("Becker Metallbau");
        NormalizedName b = normalizer.normalize("Becker Metallbau Aachen");
        double without = comparator.compare(a, b, TokenWeights.uniform()).score();
        double with = comparator.compare(a, b, TokenWeights.uniform(), Set.of("aachen"), Set.of(), false).score();
        assertTrue(with > without);
        assertTrue(with >= 0.99);
    }

    @Test
    void upperBoundNeverUnderestimates() {
        String[] words = {"becker", "bekcer", "metallbau", "metall", "bau", "aachen", "dueren", "handwerkskammer",
            "handwerks", "kammer", "stadt", "kreis", "schmitz", "schmidt", "kunststofftechnik", "tehcnik", "kunststoff"};
        Random rnd = new Random(3);
        for (int k = 0; k < 3000; k++) {
            String a = phrase(words, rnd);
            String b = phrase(words, rnd);
            NormalizedName x = normalizer.normalize(a);
            NormalizedName y = normalizer.normalize(b);
            double s = comparator.compare(x, y, TokenWeights.uniform()).score();
            double ub = comparator.upperBound(x, y, TokenWeights.uniform(), Set.of(), Set.of());
            assertFalse(ub + 1e-9 < s, a + " / " + b + ": bound " + ub + " < score " + s);
        }
    }

    private static String phrase(String[] words, Random rnd) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
            sb.append(words[rnd.nextInt(words.length)]).append(' ');
        }
        return sb.toString();
    }
}
