package org.regionet.analysis.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequency weights of name tokens: frequent words such as "stadt" or
 * "jobcenter" count less than distinctive ones such as a surname or place.
 */
public final class TokenWeights {

    private final Map<String, Integer> df;
    private final int documents;
    private final double unknown;

    private TokenWeights(Map<String, Integer> df, int documents) {
        this.df = df;
        this.documents = Math.max(1, documents);
        this.unknown = 1.0 + Math.log(this.documents);
    }

    /** Uniform weights, for comparing two names without a corpus. */
    public static TokenWeights uniform() {
        return new TokenWeights(Map.of(), 1);
    }

    /** Weights from a corpus: each element is the set of names (tokens) of one record. */
    public static TokenWeights of(Collection<? extends Collection<NormalizedName>> records) {
        Map<String, Integer> df = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Collection<NormalizedName> names : records) {
            seen.clear();
            for (NormalizedName n : names) {
                for (int i = 0; i < n.size(); i++) {
                    seen.add(n.token(i));
                }
            }
            for (String t : seen) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new TokenWeights(df, records.size());
    }

    /** True if the token occurs in at most 1 % of the records (at least: in one). */
    public boolean isRare(String token) {
        Integer d = df.get(token);
        return d == null || d <= Math.max(1, documents / 100);
    }

    /** Weight {@code 1 + ln(N / df)}; unseen tokens get the maximum. */
    public double weight(String token) {
        Integer d = df.get(token);
        return d == null ? unknown : 1.0 + Math.log((double) documents / d);
    }
}
