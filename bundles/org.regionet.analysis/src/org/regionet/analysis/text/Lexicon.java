package org.regionet.analysis.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word lists that drive name normalisation — abbreviations/synonyms, legal forms, stop
 * words, designators and places — and the synonyms of activity texts. The defaults are data files in the bundle's {@code data/}
 * folder; user files in the same formats extend them. Immutable and thread-safe.
 */
public final class Lexicon {

    private static volatile Lexicon defaults;

    final Set<String> stopwords;
    final Set<String> legalForms;
    final int maxLegalTokens;
    final Map<String, List<String>> synonyms;
    final int maxSynonymTokens;
    final Set<String> designators;
    /** Designators of administrative units ("kreis", "stadt"), taken from the place list. */
    final Set<String> administrative;
    final Set<String> places;
    final Set<String> compoundWords;
    final Set<String> knownWords;
    final Set<String> splitGuard;
    final TextSynonyms textSynonyms;
    /** Stems of offer formats ("messe", "projekt"), see {@code offer-formats.txt}. */
    final Set<String> offerFormats;
    private final List<Place> placeList;

    private Lexicon(Builder b) {
        stopwords = fold(b.stopwords);
        legalForms = new HashSet<>();
        int maxLegal = 1;
        for (String line : b.legalForms) {
            List<String> t = Folding.tokens(line);
            if (!t.isEmpty()) {
                legalForms.add(String.join(" ", t));
                maxLegal = Math.max(maxLegal, t.size());
            }
        }
        maxLegalTokens = maxLegal;

        designators = new HashSet<>();
        for (String line : b.designators) {
            List<String> t = NamePipeline.removeStopwords(Folding.tokens(line), stopwords);
            if (!t.isEmpty()) {
                designators.add(String.join("", t));
            }
        }

        // Single-word synonym variants ("landkreis") must not be split by the Kreis rule.
        splitGuard = new HashSet<>(designators);
        Map<String, String> rawRules = parseRules(b.abbreviations);
        for (String variant : rawRules.keySet()) {
            List<String> t = Folding.tokens(variant);
            if (t.size() == 1) {
                splitGuard.add(t.get(0));
            }
        }
        Map<String, List<String>> simpleRules = new HashMap<>();
        for (Map.Entry<String, String> r : rawRules.entrySet()) {
            List<String> v = Folding.tokens(r.getKey());
            if (v.size() == 1) {
                simpleRules.put(v.get(0), NamePipeline.removeStopwords(Folding.tokens(r.getValue()), stopwords));
            }
        }

        placeList = new ArrayList<>();
        places = new HashSet<>();
        administrative = new HashSet<>();
        for (String line : b.places) {
            Place p = parsePlace(line, simpleRules);
            if (p != null && !p.key().isEmpty()) {
                placeList.add(p);
                places.add(p.key());
                for (String t : NamePipeline.splitKreisSuffix(Folding.tokens(p.official()), splitGuard)) {
                    List<String> c = simpleRules.get(t);
                    String w = c != null && c.size() == 1 ? c.get(0) : t;
                    if (designators.contains(w)) {
                        administrative.add(w);
                    }
                }
            }
        }

        compoundWords = new HashSet<>(designators);
        compoundWords.addAll(places);
        compoundWords.addAll(splitGuard);
        for (List<String> canonical : simpleRules.values()) {
            if (canonical.size() == 1) {
                compoundWords.add(canonical.get(0));
            }
        }

        synonyms = new HashMap<>();
        int maxSyn = 1;
        knownWords = new HashSet<>(designators);
        knownWords.addAll(places);
        for (Map.Entry<String, String> r : rawRules.entrySet()) {
            List<String> variant = prepare(r.getKey());
            List<String> canonical = prepare(r.getValue());
            if (variant.isEmpty() || canonical.isEmpty() || variant.equals(canonical)) {
                continue;
            }
            synonyms.put(String.join(" ", variant), List.copyOf(canonical));
            maxSyn = Math.max(maxSyn, variant.size());
            knownWords.addAll(canonical);
        }
        maxSynonymTokens = maxSyn;
        textSynonyms = new TextSynonyms(b.textSynonyms);
        offerFormats = new HashSet<>();
        for (String line : b.offerFormats) {
            for (String token : textSynonyms.apply(Folding.tokens(line))) {
                offerFormats.add(GermanLightStemmer.stem(token));
            }
        }
    }

    /** True if the stem names a format of offer (after text synonyms): a different format is a different offer. */
    public boolean isOfferFormat(String stem) {
        return offerFormats.contains(stem);
    }

    /** The bundled default lexicon, loaded once. */
    public static Lexicon defaults() {
        Lexicon d = defaults;
        if (d == null) {
            synchronized (Lexicon.class) {
                d = defaults;
                if (d == null) {
                    d = builder().addDefaults().build();
                    defaults = d;
                }
            }
        }
        return d;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All known places in file order (used by the synthetic generator). */
    public List<Place> places() {
        return Collections.unmodifiableList(placeList);
    }

    /** True if {@code token} (normalised) is a known place key. */
    public boolean isPlace(String token) {
        return places.contains(token);
    }

    /** True if {@code token} (normalised) is a designator. */
    public boolean isDesignator(String token) {
        return designators.contains(token);
    }

    /**
     * True for designators of administrative units ("kreis", "stadt"): "Jobcenter Kreis Düren"
     * and "Jobcenter Düren" name one body, so such a word may be missing on one side.
     */
    public boolean isAdministrative(String token) {
        return administrative.contains(token);
    }

    /** True if {@code token} is a stop word. */
    public boolean isStopword(String token) {
        return stopwords.contains(token);
    }

    /** True if {@code token} is a word the lexicon knows; known words never count as typos of each other. */
    public boolean isKnownWord(String token) {
        return knownWords.contains(token);
    }

    /** Normalises a data entry up to (not including) synonym rewriting. */
    private List<String> prepare(String text) {
        List<String> t = NamePipeline.removeStopwords(Folding.tokens(text), stopwords);
        t = NamePipeline.splitKreisSuffix(t, splitGuard);
        return NamePipeline.mergeCompounds(t, compoundWords);
    }

    private static final Pattern PLACE_LINE = Pattern.compile("^([A-Z]{2})\\s*:\\s*(.+)$");
    private static final Pattern LEADING = Pattern.compile(
            "^(Landkreis|Kreis|Stadt|StädteRegion|Städteregion|Regionalverband|Region)\\s+");
    private static final Pattern TRAILING = Pattern.compile("(-Kreis|\\s+Kreis|kreis)$");

    private Place parsePlace(String line, Map<String, List<String>> simpleRules) {
        Matcher m = PLACE_LINE.matcher(line);
        String state = "";
        String official = line;
        if (m.matches()) {
            state = m.group(1);
            official = m.group(2).strip();
        }
        List<String> t = NamePipeline.removeStopwords(Folding.tokens(official), stopwords);
        t = NamePipeline.splitKreisSuffix(t, splitGuard);
        StringBuilder key = new StringBuilder();
        for (String token : t) {
            List<String> canonical = simpleRules.get(token);
            String word = canonical != null && canonical.size() == 1 ? canonical.get(0) : token;
            if (!designators.contains(word)) {
                key.append(word);
            }
        }
        boolean city = official.startsWith("Stadt ");
        String display = LEADING.matcher(official).replaceFirst("");
        String stripped = TRAILING.matcher(display).replaceFirst("");
        // "Märkischer Kreis" keeps its noun: "Jobcenter Märkischer" would not be German.
        display = stripped.endsWith("er") && display.endsWith(" Kreis") ? display : stripped;
        return new Place(state, official, key.toString(), display, city);
    }

    private static Map<String, String> parseRules(List<String> lines) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                throw new IllegalArgumentException("Abbreviation rule must read 'variant = canonical': " + line);
            }
            rules.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return rules;
    }

    private static Set<String> fold(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            out.addAll(Folding.tokens(line));
        }
        return out;
    }

    /** Collects data file lines; {@link #build()} normalises them all with the same pipeline. */
    public static final class Builder {
        private final List<String> abbreviations = new ArrayList<>();
        private final List<String> legalForms = new ArrayList<>();
        private final List<String> stopwords = new ArrayList<>();
        private final List<String> designators = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private final List<String> textSynonyms = new ArrayList<>();
        private final List<String> offerFormats = new ArrayList<>();

        private Builder() {
        }

        /** Adds the bundled data files. */
        public Builder addDefaults() {
            abbreviations.addAll(LexiconFile.resource("abbreviations.txt"));
            legalForms.addAll(LexiconFile.resource("legal-forms.txt"));
            stopwords.addAll(LexiconFile.resource("stopwords.txt"));
            designators.addAll(LexiconFile.resource("designators.txt"));
            places.addAll(LexiconFile.resource("places.txt"));
            textSynonyms.addAll(LexiconFile.resource("text-synonyms.txt"));
            offerFormats.addAll(LexiconFile.resource("offer-formats.txt"));
            return this;
        }

        /** Adds activity-text synonym rules "variant = canonical" from a user file. */
        public Builder addTextSynonyms(Path file) {
            textSynonyms.addAll(LexiconFile.lines(file));
            return this;
        }

        public Builder addTextSynonyms(List<String> lines) {
            textSynonyms.addAll(lines);
            return this;
        }

        /** Adds rules "variant = canonical" from a user file. */
        public Builder addAbbreviations(Path file) {
            abbreviations.addAll(LexiconFile.lines(file));
            return this;
        }

        /** Adds rules "variant = canonical" given as lines. */
        public Builder addAbbreviations(List<String> lines) {
            abbreviations.addAll(lines);
            return this;
        }

        public Builder addLegalForms(Path file) {
            legalForms.addAll(LexiconFile.lines(file));
            return this;
        }

        public Builder addLegalForms(List<String> lines) {
            legalForms.addAll(lines);
            return this;
        }

        public Builder addStopwords(Path file) {
            stopwords.addAll(LexiconFile.lines(file));
            return this;
        }

        public Builder addStopwords(List<String> lines) {
            stopwords.addAll(lines);
            return this;
        }

        public Builder addDesignators(Path file) {
            designators.addAll(LexiconFile.lines(file));
            return this;
        }

        public Builder addDesignators(List<String> lines) {
            designators.addAll(lines);
            return this;
        }

        public Builder addPlaces(Path file) {
            places.addAll(LexiconFile.lines(file));
            return this;
        }

        public Builder addPlaces(List<String> lines) {
            places.addAll(lines);
            return this;
        }

        public Lexicon build() {
            return new Lexicon(this);
        }
    }
}
