package org.regionet.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.internal.Messages;

/**
 * Compares two normalised names token by token. Tokens match exactly, as split/joined
 * compounds ("handwerks kammer" / "handwerkskammer"), or as typos (edit distance 1, or 2
 * for long words). The similarity is a weighted Dice coefficient over matched tokens.
 * <p>
 * Plain string similarity confuses "Handelskammer Aachen" with "Handwerkskammer Aachen"
 * (Jaro-Winkler 0.94). So tokens left unmatched on both sides act as discriminators: two
 * different places, numbers or designators veto the match, and two look-alike words that
 * are not typos of each other (a "false friend") penalise it. Thread-safe.
 */
public final class NameComparator {

    private static final int MAX_RUN = 4;

    private final Lexicon lexicon;
    private final double vetoFactor;
    private final double falseFriendFactor;
    private final double falseFriendSimilarity;
    private final double extraWordFactor;

    /**
     * @param vetoFactor            multiplier applied when a discriminator fires
     * @param falseFriendFactor     multiplier applied for look-alike but different words
     * @param falseFriendSimilarity Jaro-Winkler level from which two unmatched words look alike
     * @param extraWordFactor       multiplier when one name has a rare word or an organisation
     *                              designator the other lacks ("Thomas & Haas IT-Service" / "Haas IT-Service")
     */
    public NameComparator(Lexicon lexicon, double vetoFactor, double falseFriendFactor, double falseFriendSimilarity,
            double extraWordFactor) {
        this.lexicon = lexicon;
        this.vetoFactor = vetoFactor;
        this.falseFriendFactor = falseFriendFactor;
        this.falseFriendSimilarity = falseFriendSimilarity;
        this.extraWordFactor = extraWordFactor;
    }

    /** A comparator with the default factors (veto 0.3, false friend 0.6 at Jaro-Winkler 0.85, extra word 0.85). */
    public NameComparator(Lexicon lexicon) {
        this(lexicon, 0.3, 0.6, 0.85, 0.85);
    }

    /** Compares without context or explanations. */
    public NameComparison compare(NormalizedName a, NormalizedName b, TokenWeights w) {
        return compare(a, b, w, Set.of(), Set.of(), false);
    }

    /**
     * Compares {@code a} with {@code b}.
     *
     * @param contextA place keys implied for {@code a} (its regions): a place in {@code b}
     *                 that {@code a} omits but lies in {@code a}'s regions counts as matched
     * @param contextB the same for {@code b}
     * @param explain  whether to collect evidence (slower; use for reported pairs only)
     */
    public NameComparison compare(NormalizedName a, NormalizedName b, TokenWeights w,
            Set<String> contextA, Set<String> contextB, boolean explain) {
        if (a.isEmpty() || b.isEmpty()) {
            return new NameComparison(0, 0, false, List.of());
        }
        List<Evidence> ev = explain ? new ArrayList<>() : null;
        int n = a.size();
        int m = b.size();
        double[] wa = new double[n];
        double[] wb = new double[m];
        double totA = 0;
        double totB = 0;
        for (int i = 0; i < n; i++) {
            wa[i] = w.weight(a.token(i));
            totA += wa[i];
        }
        for (int j = 0; j < m; j++) {
            wb[j] = w.weight(b.token(j));
            totB += wb[j];
        }
        boolean[] ua = new boolean[n];
        boolean[] ub = new boolean[m];
        double num = 0;

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                if (!ub[j] && a.token(i).equals(b.token(j))) {
                    ua[i] = true;
                    ub[j] = true;
                    num += wa[i] + wb[j];
                    break;
                }
            }
        }
        num += compounds(a, wa, ua, b, wb, ub, ev);
        num += compounds(b, wb, ub, a, wa, ua, ev);
        num += typos(a, wa, ua, b, wb, ub, ev);

        double[] implied = {0, 0};
        // A region implies a place only for a name that names no other place of its own:
        // "Jobcenter Kreis Soest" / "Jobcenter Hochsauerlandkreis" in the region Hellweg-Hochsauerland
        // are two districts' bodies, and the place discriminator below must see that.
        boolean ownPlaces = firstUnmatched(a, ua, TokenKind.PLACE) != null && firstUnmatched(b, ub, TokenKind.PLACE) != null;
        if (!ownPlaces) {
            num += implied(b, wb, ub, contextA, implied, 0, ev);
            num += implied(a, wa, ua, contextB, implied, 1, ev);
        }
        totA += implied[0];
        totB += implied[1];

        double overlap = Math.min(1.0, num / (totA + totB));
        if (ev != null) {
            ev.add(0, new Evidence("name", overlap, NLS.bind(Messages.Name_overlap, a.key(), b.key())));
        }
        double score = overlap;
        boolean vetoed = false;
        String veto = conflict(a, ua, b, ub);
        if (veto != null) {
            vetoed = true;
            score *= vetoFactor;
            if (ev != null) {
                ev.add(new Evidence("discriminator", vetoFactor, veto));
            }
        } else {
            String friend = falseFriend(a, ua, b, ub);
            if (friend != null) {
                score *= falseFriendFactor;
                if (ev != null) {
                    ev.add(new Evidence("false friend", falseFriendFactor, friend));
                }
            }
            String extra = extraWord(a, ua, w);
            if (extra == null) {
                extra = extraWord(b, ub, w);
            }
            if (extra != null) {
                score *= extraWordFactor;
                if (ev != null) {
                    ev.add(new Evidence("extra word", extraWordFactor, NLS.bind(Messages.Name_extraWord, extra)));
                }
            }
        }
        return new NameComparison(score, overlap, vetoed, ev == null ? List.of() : List.copyOf(ev));
    }

    /**
     * An upper bound of {@link #compare}'s score, cheap enough to skip hopeless candidate pairs:
     * tokens that neither match exactly nor could be a typo, compound part or implied place of
     * a token on the other side are counted as unmatched.
     */
    public double upperBound(NormalizedName a, NormalizedName b, TokenWeights w, Set<String> contextA,
            Set<String> contextB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double possible = 0;
        double total = 0;
        for (int i = 0; i < a.size(); i++) {
            double wi = w.weight(a.token(i));
            total += wi;
            if (couldMatch(a, i, b, contextB)) {
                possible += wi;
            }
        }
        for (int j = 0; j < b.size(); j++) {
            double wj = w.weight(b.token(j));
            total += wj;
            if (couldMatch(b, j, a, contextA)) {
                possible += wj;
            }
        }
        return possible / total;
    }

    private static boolean couldMatch(NormalizedName x, int i, NormalizedName y, Set<String> contextY) {
        String t = x.token(i);
        if (x.kind(i) == TokenKind.PLACE && contextY.contains(t)) {
            return true;
        }
        for (int j = 0; j < y.size(); j++) {
            String u = y.token(j);
            if (t.equals(u)) {
                return true;
            }
            // A compound part lies inside the joined word, up to one typo.
            if (u.length() > t.length() ? roughlyInside(t, u) : t.length() > u.length() && roughlyInside(u, t)) {
                return true;
            }
            if (t.charAt(0) == u.charAt(0) && Math.abs(t.length() - u.length()) <= 2
                    && allowedEdits(Math.min(t.length(), u.length())) > 0) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code part} may occur in {@code word} up to one edit: enough of its trigrams occur there. */
    private static boolean roughlyInside(String part, String word) {
        int grams = part.length() - 2;
        if (grams <= 4) {
            return true; // one edit can destroy up to four trigrams of a short part
        }
        // One edit leaves the first or the last three letters intact: a cheap necessary test.
        if (!containsRegion(word, part, 0) && !containsRegion(word, part, part.length() - 3)) {
            return false;
        }
        int found = 0;
        for (int k = 0; k < grams; k++) {
            char a = part.charAt(k);
            char b = part.charAt(k + 1);
            char c = part.charAt(k + 2);
            for (int i = 0; i + 2 < word.length(); i++) {
                if (word.charAt(i) == a && word.charAt(i + 1) == b && word.charAt(i + 2) == c) {
                    found++;
                    break;
                }
            }
        }
        return found >= grams - 4;
    }

    /** True if {@code word} contains the three letters of {@code part} starting at {@code from}. */
    private static boolean containsRegion(String word, String part, int from) {
        char a = part.charAt(from);
        char b = part.charAt(from + 1);
        char c = part.charAt(from + 2);
        for (int i = 0; i + 2 < word.length(); i++) {
            if (word.charAt(i) == a && word.charAt(i + 1) == b && word.charAt(i + 2) == c) {
                return true;
            }
        }
        return false;
    }

    /** Allowed edits for a token of this length: none below 5 characters, 1 below 10, else 2. */
    static int allowedEdits(int length) {
        return length < 5 ? 0 : length < 10 ? 1 : 2;
    }

    /** True if {@code x} and {@code y} are the same word up to a typo. */
    boolean typoEqual(String x, String y, TokenKind kx, TokenKind ky) {
        if (kx == TokenKind.NUMBER || ky == TokenKind.NUMBER) {
            return false;
        }
        int max = allowedEdits(Math.min(x.length(), y.length()));
        if (max == 0 || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        // Two words the lexicon knows are different words, not typos ("hamm" / "hamme", "herne" / "herten").
        if (lexicon.isKnownWord(x) && lexicon.isKnownWord(y)) {
            return false;
        }
        return StringDistance.osa(x, y, max) <= max;
    }

    private double typos(NormalizedName a, double[] wa, boolean[] ua, NormalizedName b, double[] wb, boolean[] ub,
            List<Evidence> ev) {
        double num = 0;
        for (int i = 0; i < a.size(); i++) {
            if (ua[i]) {
                continue;
            }
            int best = -1;
            int bestD = Integer.MAX_VALUE;
            for (int j = 0; j < b.size(); j++) {
                if (ub[j] || !typoEqual(a.token(i), b.token(j), a.kind(i), b.kind(j))) {
                    continue;
                }
                int d = StringDistance.osa(a.token(i), b.token(j), 2);
                if (d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            if (best >= 0) {
                ua[i] = true;
                ub[best] = true;
                int len = Math.max(a.token(i).length(), b.token(best).length());
                double sim = 1.0 - 0.5 * bestD / len;
                num += sim * (wa[i] + wb[best]);
                if (ev != null) {
                    ev.add(new Evidence("typo", sim, NLS.bind(Messages.Name_typo, a.token(i), b.token(best))));
                }
            }
        }
        return num;
    }

    /** Matches a run of unmatched tokens in {@code a} against one unmatched token of {@code b}. */
    private double compounds(NormalizedName a, double[] wa, boolean[] ua, NormalizedName b, double[] wb, boolean[] ub,
            List<Evidence> ev) {
        double num = 0;
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < b.size(); j++) {
            if (ub[j] || b.token(j).length() < 6) {
                continue;
            }
            String target = b.token(j);
            for (int i = 0; i < a.size() && !ub[j]; i++) {
                if (ua[i]) {
                    continue;
                }
                sb.setLength(0);
                double wsum = 0;
                for (int k = i; k < a.size() && k < i + MAX_RUN && !ua[k]; k++) {
                    sb.append(a.token(k));
                    wsum += wa[k];
                    if (k == i) {
                        continue;
                    }
                    if (sb.length() > target.length() + 2) {
                        break;
                    }
                    String joined = sb.toString();
                    boolean same = joined.equals(target);
                    boolean typo = !same && joined.length() >= 8
                            && joined.charAt(0) == target.charAt(0)
                            && StringDistance.osa(joined, target, 1) <= 1;
                    if (same || typo) {
                        double sim = same ? 1.0 : 0.95;
                        for (int x = i; x <= k; x++) {
                            ua[x] = true;
                        }
                        ub[j] = true;
                        num += sim * (wsum + wb[j]);
                        if (ev != null) {
                            ev.add(new Evidence("compound", sim, NLS.bind(Messages.Name_compound, spaced(a, i, k), target)));
                        }
                        break;
                    }
                }
            }
        }
        return num;
    }

    /** Counts unmatched places of {@code x} that the other side's regions imply. */
    private static double implied(NormalizedName x, double[] wx, boolean[] ux, Set<String> context, double[] added,
            int side, List<Evidence> ev) {
        if (context.isEmpty()) {
            return 0;
        }
        double num = 0;
        for (int i = 0; i < x.size(); i++) {
            if (!ux[i] && x.kind(i) == TokenKind.PLACE && context.contains(x.token(i))) {
                ux[i] = true;
                added[side] += wx[i];
                num += 2 * wx[i];
                if (ev != null) {
                    ev.add(new Evidence("implied place", 1.0, NLS.bind(Messages.Name_impliedPlace, x.token(i))));
                }
            }
        }
        return num;
    }

    private static String conflict(NormalizedName a, boolean[] ua, NormalizedName b, boolean[] ub) {
        for (TokenKind kind : new TokenKind[] {TokenKind.PLACE, TokenKind.NUMBER, TokenKind.DESIGNATOR}) {
            String x = firstUnmatched(a, ua, kind);
            String y = x == null ? null : firstUnmatched(b, ub, kind);
            if (y != null) {
                return switch (kind) {
                    case PLACE -> NLS.bind(Messages.Name_differentPlaces, x, y);
                    case NUMBER -> NLS.bind(Messages.Name_differentNumbers, x, y);
                    default -> NLS.bind(Messages.Name_differentBodies, x, y);
                };
            }
        }
        return null;
    }

    private String falseFriend(NormalizedName a, boolean[] ua, NormalizedName b, boolean[] ub) {
        for (int i = 0; i < a.size(); i++) {
            if (ua[i] || a.token(i).length() < 5) {
                continue;
            }
            for (int j = 0; j < b.size(); j++) {
                if (ub[j] || b.token(j).length() < 5) {
                    continue;
                }
                double jw = StringDistance.jaroWinkler(a.token(i), b.token(j));
                if (jw >= falseFriendSimilarity) {
                    return NLS.bind(Messages.Name_lookAlike, new Object[] {a.token(i), b.token(j), Messages.score(jw)});
                }
            }
        }
        return null;
    }

    /** An unmatched rare word or organisation designator of {@code n}, or null. */
    private String extraWord(NormalizedName n, boolean[] used, TokenWeights w) {
        for (int i = 0; i < n.size(); i++) {
            if (used[i]) {
                continue;
            }
            String t = n.token(i);
            if (n.kind(i) == TokenKind.WORD && w.isRare(t)
                    || n.kind(i) == TokenKind.DESIGNATOR && !lexicon.isAdministrative(t)) {
                return t;
            }
        }
        return null;
    }

    private static String firstUnmatched(NormalizedName n, boolean[] used, TokenKind kind) {
        for (int i = 0; i < n.size(); i++) {
            if (!used[i] && n.kind(i) == kind) {
                return n.token(i);
            }
        }
        return null;
    }

    private static String spaced(NormalizedName n, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(n.token(k));
        }
        return sb.toString();
    }
}
