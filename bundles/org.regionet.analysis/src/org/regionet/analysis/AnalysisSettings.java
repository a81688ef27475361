package org.regionet.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.regionet.model.FindingKind;

/**
 * Thresholds and weights of the analysis. Immutable; build with {@link #builder()} or from
 * string properties with {@link #fromMap(Map)} (preference stores, CLI options). Every
 * property key is listed in {@link #keys()}; {@link #toMap()} gives the current values.
 * <p>
 * Scores of activity pairs are multiplicative: {@code text × (base + typeWeight·sameType +
 * fieldWeight·fieldOverlap + targetWeight·targetOverlap)} with {@code base = 1 − sum of the
 * weights}, so two offers with unrelated texts never score, whatever else they share.
 */
public final class AnalysisSettings {

    /** Candidate-pair blocking implementations. */
    public enum Blocking {
        /** Hand-written prefix-filtered trigram join: exact for the trigram Jaccard bound, fastest (default). */
        NGRAM,
        /** Lucene in-memory index queried per name (top-k); kept for comparison and small models. */
        LUCENE
    }

    private final Builder b;

    private AnalysisSettings(Builder b) {
        this.b = b.copy();
    }

    /** The defaults documented on each getter. */
    public static AnalysisSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with these settings. */
    public Builder toBuilder() {
        return b.copy();
    }

    // ---- finding kinds -------------------------------------------------------------

    /** Finding kinds to compute. Default: all. */
    public Set<FindingKind> kinds() {
        return EnumSet.copyOf(b.kinds);
    }

    /** Whether to compute network metrics (degree, betweenness, brokers). Default: true. */
    public boolean network() {
        return b.network;
    }

    // ---- duplicate actors ----------------------------------------------------------

    /** Minimum score of a reported duplicate actor pair. Default 0.80. */
    public double duplicateThreshold() {
        return b.duplicateThreshold;
    }

    /**
     * Trigram Jaccard similarity of normalised names that share a pair of words (up to a typo)
     * from which they become candidates. Lower finds more, slower. Default 0.35.
     */
    public double duplicateBlockingThreshold() {
        return b.duplicateBlockingThreshold;
    }

    /**
     * Trigram Jaccard similarity from which actors in the same or neighbouring regions become
     * candidates even without a shared pair of words (variants with several changed words).
     * Default 0.5.
     */
    public double duplicateRegionalBlockingThreshold() {
        return b.duplicateRegionalBlockingThreshold;
    }

    /** Multiplier when names differ in a place, number or kind-of-body word. Default 0.3. */
    public double vetoFactor() {
        return b.vetoFactor;
    }

    /** Multiplier when unmatched words look alike but are not typos (Handels-/Handwerkskammer). Default 0.6. */
    public double falseFriendFactor() {
        return b.falseFriendFactor;
    }

    /** Jaro-Winkler similarity from which two unmatched words count as look-alikes. Default 0.85. */
    public double falseFriendSimilarity() {
        return b.falseFriendSimilarity;
    }

    /**
     * Multiplier when one name has a word the other lacks that is rare (in at most 1 % of the
     * names) or names a kind of organisation ("Akademie"): "Thomas &amp; Haas IT-Service" is
     * probably not "Haas IT-Service". Default 0.85.
     */
    public double extraWordFactor() {
        return b.extraWordFactor;
    }

    /** Multiplier when both actor kinds are set and incompatible. Default 0.6. */
    public double kindMismatchFactor() {
        return b.kindMismatchFactor;
    }

    /** Multiplier when both actors have regions and none is shared or neighbouring. Default 0.85. */
    public double regionMismatchFactor() {
        return b.regionMismatchFactor;
    }

    /**
     * Whether reported duplicates are treated as one body in the later phases (leads, committee
     * members, network). Default true.
     */
    public boolean resolveDuplicates() {
        return b.resolveDuplicates;
    }

    /** Blocking implementation for names. Default {@link Blocking#NGRAM}. */
    public Blocking blocking() {
        return b.blocking;
    }

    /** Hits per name when {@link Blocking#LUCENE} is used. Default 30. */
    public int luceneTopK() {
        return b.luceneTopK;
    }

    // ---- parallel activities and analogues ---------------------------------------

    /** Minimum score of a reported parallel activity pair. Default 0.7. */
    public double parallelThreshold() {
        return b.parallelThreshold;
    }

    /** Weight of equal activity types in the parallel score. Default 0.15. */
    public double parallelTypeWeight() {
        return b.parallelTypeWeight;
    }

    /** Weight of action-field overlap (Jaccard, topics included) in the parallel score. Default 0.1. */
    public double parallelFieldWeight() {
        return b.parallelFieldWeight;
    }

    /** Weight of target-group overlap (Jaccard) in the parallel score. Default 0.1. */
    public double parallelTargetWeight() {
        return b.parallelTargetWeight;
    }

    /** Minimum score of a reported cross-region analogue. Default 0.75. */
    public double analogueThreshold() {
        return b.analogueThreshold;
    }

    /** Weight of equal activity types in the analogue score. Default 0.2. */
    public double analogueTypeWeight() {
        return b.analogueTypeWeight;
    }

    /** Weight of action-field overlap in the analogue score. Default 0.1. */
    public double analogueFieldWeight() {
        return b.analogueFieldWeight;
    }

    /**
     * Share of the title in activity text vectors; the description gets the rest. The vector is
     * {@code sqrt(w)·title + sqrt(1−w)·description}, both parts L2-normalised. Default 0.65.
     */
    public double titleWeight() {
        return b.titleWeight;
    }

    /**
     * Multiplier on the text similarity of two activities whose titles each carry a distinctive
     * word the other text lacks ("Ausbildungsmesse Pflege" / "Ausbildungsmesse Logistik": the
     * same format for different subjects). Default 0.5.
     */
    public double subjectConflictFactor() {
        return b.subjectConflictFactor;
    }

    /** Words in at most this share of all activity texts count as distinctive. Default 0.1. */
    public double distinctiveShare() {
        return b.distinctiveShare;
    }

    // ---- committees ---------------------------------------------------------------

    /** Minimum score of a reported committee overlap. Default 0.5. */
    public double committeeThreshold() {
        return b.committeeThreshold;
    }

    /** Weight of role-weighted member overlap (Ruzicka similarity). Default 0.5. */
    public double committeeMemberWeight() {
        return b.committeeMemberWeight;
    }

    /** Weight of shared mandate fields (Jaccard, topics roll up). Default 0.2. */
    public double committeeMandateWeight() {
        return b.committeeMandateWeight;
    }

    /** Weight of the same region (neighbouring regions count half). Default 0.1. */
    public double committeeRegionWeight() {
        return b.committeeRegionWeight;
    }

    /** Weight of the same committee kind. Default 0.05. */
    public double committeeKindWeight() {
        return b.committeeKindWeight;
    }

    /** Weight of title similarity. Default 0.15. */
    public double committeeTitleWeight() {
        return b.committeeTitleWeight;
    }

    /** Member weight of a chair (also the committee's {@code chair}). Default 3. */
    public double roleChair() {
        return b.roleChair;
    }

    /** Member weight of a deputy. Default 2. */
    public double roleDeputy() {
        return b.roleDeputy;
    }

    /** Member weight of an ordinary member or the office. Default 1. */
    public double roleMember() {
        return b.roleMember;
    }

    /** Member weight of an advisor. Default 0.5. */
    public double roleAdvisor() {
        return b.roleAdvisor;
    }

    /** Member weight of a guest. Default 0.25. */
    public double roleGuest() {
        return b.roleGuest;
    }

    // ---- network --------------------------------------------------------------------

    /** Up to this many actors betweenness is exact (Brandes); above, it is estimated from pivots. Default 3000. */
    public int exactBetweennessLimit() {
        return b.exactBetweennessLimit;
    }

    /** Number of pivot sources for estimated betweenness (Brandes–Pich). Default 256. */
    public int betweennessPivots() {
        return b.betweennessPivots;
    }

    /** A broker separates at least two groups of at least this many actors. Default 3. */
    public int brokerMinGroupSize() {
        return b.brokerMinGroupSize;
    }

    /** Seed for pivot sampling, so results are reproducible. Default 42. */
    public long seed() {
        return b.seed;
    }

    // ---- resources ------------------------------------------------------------------

    /** Worker threads. Default: available processors. */
    public int threads() {
        return b.threads;
    }

    /** Extra abbreviation files ("variant = canonical"). Default none. */
    public List<Path> abbreviationFiles() {
        return List.copyOf(b.abbreviationFiles);
    }

    /** Extra legal-form files. Default none. */
    public List<Path> legalFormFiles() {
        return List.copyOf(b.legalFormFiles);
    }

    /** Extra stop-word files. Default none. */
    public List<Path> stopwordFiles() {
        return List.copyOf(b.stopwordFiles);
    }

    /** Extra designator files. Default none. */
    public List<Path> designatorFiles() {
        return List.copyOf(b.designatorFiles);
    }

    /** Extra place files ("STATE: name"). Default none. */
    public List<Path> placeFiles() {
        return List.copyOf(b.placeFiles);
    }

    /** Extra activity-text synonym files ("variant = canonical"). Default none. */
    public List<Path> textSynonymFiles() {
        return List.copyOf(b.textSynonymFiles);
    }

    // ---- string form ----------------------------------------------------------------

    /** The property keys understood by {@link #fromMap(Map)}, in a stable order. */
    public static Set<String> keys() {
        return Keys.ALL.keySet();
    }

    /** Settings from string properties; unknown keys and bad values fail with a message naming the key. */
    public static AnalysisSettings fromMap(Map<String, String> properties) {
        Builder builder = builder();
        for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
            Keys.Key key = Keys.ALL.get(e.getKey());
            if (key == null) {
                throw new IllegalArgumentException("Unknown analysis setting '" + e.getKey() + "'; known: " + keys());
            }
            try {
                key.setter.accept(builder, e.getValue().strip());
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("Bad value '" + e.getValue() + "' for analysis setting '"
                        + e.getKey() + "': " + ex.getMessage(), ex);
            }
        }
        return builder.build();
    }

    /** Settings from {@link Properties}; see {@link #fromMap(Map)}. */
    public static AnalysisSettings fromProperties(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return fromMap(map);
    }

    /** The current values as strings under the keys of {@link #keys()}. */
    public Map<String, String> toMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Keys.Key> e : Keys.ALL.entrySet()) {
            out.put(e.getKey(), e.getValue().getter.apply(this));
        }
        return out;
    }

    @Override
    public String toString() {
        return toMap().toString();
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private EnumSet<FindingKind> kinds = EnumSet.allOf(FindingKind.class);
        private boolean network = true;
        private double duplicateThreshold = 0.80;
        private double duplicateBlockingThreshold = 0.35;
        private double duplicateRegionalBlockingThreshold = 0.5;
        private double vetoFactor = 0.3;
        private double falseFriendFactor = 0.6;
        private double falseFriendSimilarity = 0.85;
        private double kindMismatchFactor = 0.6;
        private double extraWordFactor = 0.85;
        private double regionMismatchFactor = 0.85;
        private boolean resolveDuplicates = true;
        private Blocking blocking = Blocking.NGRAM;
        private int luceneTopK = 30;
        private double parallelThreshold = 0.7;
        private double parallelTypeWeight = 0.15;
        private double parallelFieldWeight = 0.1;
        private double parallelTargetWeight = 0.1;
        private double analogueThreshold = 0.75;
        private double analogueTypeWeight = 0.2;
        private double analogueFieldWeight = 0.1;
        private double titleWeight = 0.65;
        private double subjectConflictFactor = 0.5;
        private double distinctiveShare = 0.1;
        private double committeeThreshold = 0.5;
        private double committeeMemberWeight = 0.5;
        private double committeeMandateWeight = 0.2;
        private double committeeRegionWeight = 0.1;
        private double committeeKindWeight = 0.05;
        private double committeeTitleWeight = 0.15;
        private double roleChair = 3;
        private double roleDeputy = 2;
        private double roleMember = 1;
        private double roleAdvisor = 0.5;
        private double roleGuest = 0.25;
        private int exactBetweennessLimit = 3000;
        private int betweennessPivots = 256;
        private int brokerMinGroupSize = 3;
        private long seed = 42;
        private int threads = Runtime.getRuntime().availableProcessors();
        private List<Path> abbreviationFiles = new ArrayList<>();
        private List<Path> legalFormFiles = new ArrayList<>();
        private List<Path> stopwordFiles = new ArrayList<>();
        private List<Path> designatorFiles = new ArrayList<>();
        private List<Path> placeFiles = new ArrayList<>();
        private List<Path> textSynonymFiles = new ArrayList<>();

        private Builder() {
        }

        private Builder copy() {
            Builder c = new Builder();
            c.kinds = EnumSet.copyOf(kinds);
            c.network = network;
            c.duplicateThreshold = duplicateThreshold;
            c.duplicateBlockingThreshold = duplicateBlockingThreshold;
            c.duplicateRegionalBlockingThreshold = duplicateRegionalBlockingThreshold;
            c.vetoFactor = vetoFactor;
            c.falseFriendFactor = falseFriendFactor;
            c.falseFriendSimilarity = falseFriendSimilarity;
            c.kindMismatchFactor = kindMismatchFactor;
            c.extraWordFactor = extraWordFactor;
            c.regionMismatchFactor = regionMismatchFactor;
            c.resolveDuplicates = resolveDuplicates;
            c.blocking = blocking;
            c.luceneTopK = luceneTopK;
            c.parallelThreshold = parallelThreshold;
            c.parallelTypeWeight = parallelTypeWeight;
            c.parallelFieldWeight = parallelFieldWeight;
            c.parallelTargetWeight = parallelTargetWeight;
            c.analogueThreshold = analogueThreshold;
            c.analogueTypeWeight = analogueTypeWeight;
            c.analogueFieldWeight = analogueFieldWeight;
            c.titleWeight = titleWeight;
            c.subjectConflictFactor = subjectConflictFactor;
            c.distinctiveShare = distinctiveShare;
            c.committeeThreshold = committeeThreshold;
            c.committeeMemberWeight = committeeMemberWeight;
            c.committeeMandateWeight = committeeMandateWeight;
            c.committeeRegionWeight = committeeRegionWeight;
            c.committeeKindWeight = committeeKindWeight;
            c.committeeTitleWeight = committeeTitleWeight;
            c.roleChair = roleChair;
            c.roleDeputy = roleDeputy;
            c.roleMember = roleMember;
            c.roleAdvisor = roleAdvisor;
            c.roleGuest = roleGuest;
            c.exactBetweennessLimit = exactBetweennessLimit;
            c.betweennessPivots = betweennessPivots;
            c.brokerMinGroupSize = brokerMinGroupSize;
            c.seed = seed;
            c.threads = threads;
            c.abbreviationFiles = new ArrayList<>(abbreviationFiles);
            c.legalFormFiles = new ArrayList<>(legalFormFiles);
            c.stopwordFiles = new ArrayList<>(stopwordFiles);
            c.designatorFiles = new ArrayList<>(designatorFiles);
            c.placeFiles = new ArrayList<>(placeFiles);
            c.textSynonymFiles = new ArrayList<>(textSynonymFiles);
            return c;
        }

        public Builder kinds(Set<FindingKind> value) {
            kinds = value.isEmpty() ? EnumSet.noneOf(FindingKind.class) : EnumSet.copyOf(value);
            return this;
        }

        public Builder network(boolean value) {
            network = value;
            return this;
        }

        public Builder duplicateThreshold(double value) {
            duplicateThreshold = value;
            return this;
        }

        public Builder duplicateBlockingThreshold(double value) {
            duplicateBlockingThreshold = value;
            return this;
        }

        public Builder duplicateRegionalBlockingThreshold(double value) {
            duplicateRegionalBlockingThreshold = value;
            return this;
        }

        public Builder vetoFactor(double value) {
            vetoFactor = value;
            return this;
        }

        public Builder falseFriendFactor(double value) {
            falseFriendFactor = value;
            return this;
        }

        public Builder falseFriendSimilarity(double value) {
            falseFriendSimilarity = value;
            return this;
        }

        public Builder extraWordFactor(double value) {
            extraWordFactor = value;
            return this;
        }

        public Builder kindMismatchFactor(double value) {
            kindMismatchFactor = value;
            return this;
        }

        public Builder regionMismatchFactor(double value) {
            regionMismatchFactor = value;
            return this;
        }

        public Builder resolveDuplicates(boolean value) {
            resolveDuplicates = value;
            return this;
        }

        public Builder blocking(Blocking value) {
            blocking = value;
            return this;
        }

        public Builder luceneTopK(int value) {
            luceneTopK = value;
            return this;
        }

        public Builder parallelThreshold(double value) {
            parallelThreshold = value;
            return this;
        }

        public Builder parallelTypeWeight(double value) {
            parallelTypeWeight = value;
            return this;
        }

        public Builder parallelFieldWeight(double value) {
            parallelFieldWeight = value;
            return this;
        }

        public Builder parallelTargetWeight(double value) {
            parallelTargetWeight = value;
            return this;
        }

        public Builder analogueThreshold(double value) {
            analogueThreshold = value;
            return this;
        }

        public Builder analogueTypeWeight(double value) {
            analogueTypeWeight = value;
            return this;
        }

        public Builder analogueFieldWeight(double value) {
            analogueFieldWeight = value;
            return this;
        }

        public Builder titleWeight(double value) {
            titleWeight = value;
            return this;
        }

        public Builder subjectConflictFactor(double value) {
            subjectConflictFactor = value;
            return this;
        }

        public Builder distinctiveShare(double value) {
            distinctiveShare = value;
            return this;
        }

        public Builder committeeThreshold(double value) {
            committeeThreshold = value;
            return this;
        }

        public Builder committeeMemberWeight(double value) {
            committeeMemberWeight = value;
            return this;
        }

        public Builder committeeMandateWeight(double value) {
            committeeMandateWeight = value;
            return this;
        }

        public Builder committeeRegionWeight(double value) {
            committeeRegionWeight = value;
            return this;
        }

        public Builder committeeKindWeight(double value) {
            committeeKindWeight = value;
            return this;
        }

        public Builder committeeTitleWeight(double value) {
            committeeTitleWeight = value;
            return this;
        }

        public Builder roleChair(double value) {
            roleChair = value;
            return this;
        }

        public Builder roleDeputy(double value) {
            roleDeputy = value;
            return this;
        }

        public Builder roleMember(double value) {
            roleMember = value;
            return this;
        }

        public Builder roleAdvisor(double value) {
            roleAdvisor = value;
            return this;
        }

        public Builder roleGuest(double value) {
            roleGuest = value;
            return this;
        }

        public Builder exactBetweennessLimit(int value) {
            exactBetweennessLimit = value;
            return this;
        }

        public Builder betweennessPivots(int value) {
            betweennessPivots = value;
            return this;
        }

        public Builder brokerMinGroupSize(int value) {
            brokerMinGroupSize = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder abbreviationFiles(List<Path> value) {
            abbreviationFiles = new ArrayList<>(value);
            return this;
        }

        public Builder legalFormFiles(List<Path> value) {
            legalFormFiles = new ArrayList<>(value);
            return this;
        }

        public Builder stopwordFiles(List<Path> value) {
            stopwordFiles = new ArrayList<>(value);
            return this;
        }

        public Builder designatorFiles(List<Path> value) {
            designatorFiles = new ArrayList<>(value);
            return this;
        }

        public Builder placeFiles(List<Path> value) {
            placeFiles = new ArrayList<>(value);
            return this;
        }

        public Builder textSynonymFiles(List<Path> value) {
            textSynonymFiles = new ArrayList<>(value);
            return this;
        }

        /** Validates and builds. */
        public AnalysisSettings build() {
            unit("duplicate.threshold", duplicateThreshold);
            unit("duplicate.blockingThreshold", duplicateBlockingThreshold);
            unit("duplicate.regionalBlockingThreshold", duplicateRegionalBlockingThreshold);
            unit("duplicate.vetoFactor", vetoFactor);
            unit("duplicate.falseFriendFactor", falseFriendFactor);
            unit("duplicate.falseFriendSimilarity", falseFriendSimilarity);
            unit("duplicate.kindMismatchFactor", kindMismatchFactor);
            unit("duplicate.extraWordFactor", extraWordFactor);
            unit("duplicate.regionMismatchFactor", regionMismatchFactor);
            unit("parallel.threshold", parallelThreshold);
            unit("analogue.threshold", analogueThreshold);
            unit("committee.threshold", committeeThreshold);
            unit("text.titleWeight", titleWeight);
            unit("text.subjectConflictFactor", subjectConflictFactor);
            unit("text.distinctiveShare", distinctiveShare);
            if (duplicateBlockingThreshold <= 0) {
                throw new IllegalArgumentException("duplicate.blockingThreshold must be > 0 (blocking never compares all pairs)");
            }
            weights("parallel", parallelTypeWeight, parallelFieldWeight, parallelTargetWeight);
            weights("analogue", analogueTypeWeight, analogueFieldWeight);
            weights("committee", committeeMemberWeight, committeeMandateWeight, committeeRegionWeight,
                    committeeKindWeight, committeeTitleWeight);
            for (double r : new double[] {roleChair, roleDeputy, roleMember, roleAdvisor, roleGuest}) {
                if (r < 0) {
                    throw new IllegalArgumentException("role weights must be >= 0");
                }
            }
            positive("threads", threads);
            positive("network.betweennessPivots", betweennessPivots);
            positive("network.brokerMinGroupSize", brokerMinGroupSize);
            positive("blocking.luceneTopK", luceneTopK);
            if (exactBetweennessLimit < 0) {
                throw new IllegalArgumentException("network.exactBetweennessLimit must be >= 0");
            }
            return new AnalysisSettings(this);
        }

        private static void unit(String key, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(key + " must lie in [0,1], was " + v);
            }
        }

        private static void weights(String prefix, double... ws) {
            double sum = 0;
            for (double w : ws) {
                if (w < 0) {
                    throw new IllegalArgumentException(prefix + " weights must be >= 0");
                }
                sum += w;
            }
            if (sum > 1.0 + 1e-9) {
                throw new IllegalArgumentException(prefix + " weights must sum to at most 1, was " + sum);
            }
        }

        private static void positive(String key, int v) {
            if (v <= 0) {
                throw new IllegalArgumentException(key + " must be > 0, was " + v);
            }
        }
    }

    /** The string keys, their parsers and printers. */
    private static final class Keys {
        record Key(BiConsumer<Builder, String> setter, Function<AnalysisSettings, String> getter) {
        }

        static final Map<String, Key> ALL = new LinkedHashMap<>();

        static {
            put("kinds", (b, v) -> b.kinds(parseKinds(v)), s -> String.join(",", s.kinds().stream().map(FindingKind::getLiteral).toList()));
            put("network", (b, v) -> b.network(bool(v)), s -> String.valueOf(s.network()));
            dbl("duplicate.threshold", Builder::duplicateThreshold, AnalysisSettings::duplicateThreshold);
            dbl("duplicate.blockingThreshold", Builder::duplicateBlockingThreshold, AnalysisSettings::duplicateBlockingThreshold);
            dbl("duplicate.regionalBlockingThreshold", Builder::duplicateRegionalBlockingThreshold,
                    AnalysisSettings::duplicateRegionalBlockingThreshold);
            dbl("duplicate.vetoFactor", Builder::vetoFactor, AnalysisSettings::vetoFactor);
            dbl("duplicate.falseFriendFactor", Builder::falseFriendFactor, AnalysisSettings::falseFriendFactor);
            dbl("duplicate.falseFriendSimilarity", Builder::falseFriendSimilarity, AnalysisSettings::falseFriendSimilarity);
            dbl("duplicate.extraWordFactor", Builder::extraWordFactor, AnalysisSettings::extraWordFactor);
            dbl("duplicate.kindMismatchFactor", Builder::kindMismatchFactor, AnalysisSettings::kindMismatchFactor);
            dbl("duplicate.regionMismatchFactor", Builder::regionMismatchFactor, AnalysisSettings::regionMismatchFactor);
            put("duplicate.resolve", (b, v) -> b.resolveDuplicates(bool(v)), s -> String.valueOf(s.resolveDuplicates()));
            put("blocking.strategy", (b, v) -> b.blocking(Blocking.valueOf(v.toUpperCase(Locale.ROOT))),
                    s -> s.blocking().name().toLowerCase(Locale.ROOT));
            put("blocking.luceneTopK", (b, v) -> b.luceneTopK(Integer.parseInt(v)), s -> String.valueOf(s.luceneTopK()));
            dbl("parallel.threshold", Builder::parallelThreshold, AnalysisSettings::parallelThreshold);
            dbl("parallel.typeWeight", Builder::parallelTypeWeight, AnalysisSettings::parallelTypeWeight);
            dbl("parallel.fieldWeight", Builder::parallelFieldWeight, AnalysisSettings::parallelFieldWeight);
            dbl("parallel.targetWeight", Builder::parallelTargetWeight, AnalysisSettings::parallelTargetWeight);
            dbl("analogue.threshold", Builder::analogueThreshold, AnalysisSettings::analogueThreshold);
            dbl("analogue.typeWeight", Builder::analogueTypeWeight, AnalysisSettings::analogueTypeWeight);
            dbl("analogue.fieldWeight", Builder::analogueFieldWeight, AnalysisSettings::analogueFieldWeight);
            dbl("text.titleWeight", Builder::titleWeight, AnalysisSettings::titleWeight);
            dbl("text.subjectConflictFactor", Builder::subjectConflictFactor, AnalysisSettings::subjectConflictFactor);
            dbl("text.distinctiveShare", Builder::distinctiveShare, AnalysisSettings::distinctiveShare);
            dbl("committee.threshold", Builder::committeeThreshold, AnalysisSettings::committeeThreshold);
            dbl("committee.memberWeight", Builder::committeeMemberWeight, AnalysisSettings::committeeMemberWeight);
            dbl("committee.mandateWeight", Builder::committeeMandateWeight, AnalysisSettings::committeeMandateWeight);
            dbl("committee.regionWeight", Builder::committeeRegionWeight, AnalysisSettings::committeeRegionWeight);
            dbl("committee.kindWeight", Builder::committeeKindWeight, AnalysisSettings::committeeKindWeight);
            dbl("committee.titleWeight", Builder::committeeTitleWeight, AnalysisSettings::committeeTitleWeight);
            dbl("committee.role.chair", Builder::roleChair, AnalysisSettings::roleChair);
            dbl("committee.role.deputy", Builder::roleDeputy, AnalysisSettings::roleDeputy);
            dbl("committee.role.member", Builder::roleMember, AnalysisSettings::roleMember);
            dbl("committee.role.advisor", Builder::roleAdvisor, AnalysisSettings::roleAdvisor);
            dbl("committee.role.guest", Builder::roleGuest, AnalysisSettings::roleGuest);
            put("network.exactBetweennessLimit", (b, v) -> b.exactBetweennessLimit(Integer.parseInt(v)),
                    s -> String.valueOf(s.exactBetweennessLimit()));
            put("network.betweennessPivots", (b, v) -> b.betweennessPivots(Integer.parseInt(v)),
                    s -> String.valueOf(s.betweennessPivots()));
            put("network.brokerMinGroupSize", (b, v) -> b.brokerMinGroupSize(Integer.parseInt(v)),
                    s -> String.valueOf(s.brokerMinGroupSize()));
            put("network.seed", (b, v) -> b.seed(Long.parseLong(v)), s -> String.valueOf(s.seed()));
            put("threads", (b, v) -> b.threads(Integer.parseInt(v)), s -> String.valueOf(s.threads()));
            paths("lexicon.abbreviations", Builder::abbreviationFiles, AnalysisSettings::abbreviationFiles);
            paths("lexicon.legalForms", Builder::legalFormFiles, AnalysisSettings::legalFormFiles);
            paths("lexicon.stopwords", Builder::stopwordFiles, AnalysisSettings::stopwordFiles);
            paths("lexicon.designators", Builder::designatorFiles, AnalysisSettings::designatorFiles);
            paths("lexicon.places", Builder::placeFiles, AnalysisSettings::placeFiles);
            paths("lexicon.textSynonyms", Builder::textSynonymFiles, AnalysisSettings::textSynonymFiles);
        }

        private static void put(String key, BiConsumer<Builder, String> setter, Function<AnalysisSettings, String> getter) {
            ALL.put(key, new Key(setter, getter));
        }

        private interface DoubleSetter {
            Builder set(Builder b, double v);
        }

        private static void dbl(String key, DoubleSetter setter, java.util.function.ToDoubleFunction<AnalysisSettings> getter) {
            put(key, (b, v) -> setter.set(b, Double.parseDouble(v)), s -> String.valueOf(getter.applyAsDouble(s)));
        }

        private interface PathsSetter {
            Builder set(Builder b, List<Path> v);
        }

        private static void paths(String key, PathsSetter setter, Function<AnalysisSettings, List<Path>> getter) {
            put(key, (b, v) -> setter.set(b, parsePaths(v)),
                    s -> String.join(java.io.File.pathSeparator, getter.apply(s).stream().map(Path::toString).toList()));
        }

        private static List<Path> parsePaths(String v) {
            List<Path> out = new ArrayList<>();
            for (String p : v.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator))) {
                if (!p.isBlank()) {
                    out.add(Path.of(p.strip()));
                }
            }
            return out;
        }

        private static boolean bool(String v) {
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on", "1" -> true;
                case "false", "no", "off", "0" -> false;
                default -> throw new IllegalArgumentException("expected true or false");
            };
        }

        private static Set<FindingKind> parseKinds(String v) {
            EnumSet<FindingKind> out = EnumSet.noneOf(FindingKind.class);
            for (String part : v.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                FindingKind k = FindingKind.get(p);
                if (k == null) {
                    k = FindingKind.getByName(p);
                }
                if (k == null) {
                    throw new IllegalArgumentException("unknown finding kind '" + p + "'; known: " + FindingKind.VALUES);
                }
                out.add(k);
            }
            return out;
        }
    }
}
