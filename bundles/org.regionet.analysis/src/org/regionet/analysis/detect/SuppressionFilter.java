package org.regionet.analysis.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.regionet.analysis.AcceptedFinding;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Finding;
import org.regionet.model.Element;
import org.regionet.model.Suppression;

/**
 * Matches findings against the model's {@code accept} statements: same kind and the same set
 * of elements (by qualified name, so suppressions in one file match elements of another).
 * A statement naming only part of a finding's elements accepts every finding of its kind that
 * contains them all: {@code accept gap Region_Koeln "…"} accepts the gaps of all fields there.
 * An exact statement takes precedence over a partial one.
 */
public final class SuppressionFilter {

    private final Map<String, Suppression> byKey = new HashMap<>();
    /** Every statement with its kind literal and sorted distinct element names, for partial matches. */
    private final List<Object[]> partial = new ArrayList<>();

    public SuppressionFilter(List<Suppression> suppressions) {
        for (Suppression s : suppressions) {
            List<String> names = new ArrayList<>();
            for (Element e : s.getElements()) {
                names.add(ElementNames.qualifiedName(e));
            }
            names.sort(null);
            List<String> distinct = names.stream().distinct().toList();
            byKey.putIfAbsent(s.getKind().getLiteral() + ":" + String.join("|", distinct), s);
            if (!distinct.isEmpty()) {
                partial.add(new Object[] {s.getKind().getLiteral(), java.util.Set.copyOf(distinct), s});
            }
        }
    }

    /** Moves accepted findings from {@code findings} to {@code accepted}; returns the rest. */
    public List<Finding> split(List<Finding> findings, List<AcceptedFinding> accepted) {
        if (byKey.isEmpty()) {
            return findings;
        }
        List<Finding> reported = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Suppression s = byKey.get(key(f));
            if (s == null) {
                s = partialMatch(f);
            }
            if (s == null) {
                reported.add(f);
            } else {
                synchronized (accepted) {
                    accepted.add(new AcceptedFinding(f, s, s.getReason()));
                }
            }
        }
        return reported;
    }

    /** The first statement of the finding's kind whose elements all belong to the finding, or null. */
    @SuppressWarnings("unchecked")
    private Suppression partialMatch(Finding f) {
        String kind = f.kind().getLiteral();
        java.util.Set<String> names = null;
        for (Object[] p : partial) {
            if (!kind.equals(p[0])) {
                continue;
            }
            if (names == null) {
                names = new java.util.HashSet<>(f.elementNames());
            }
            if (names.containsAll((java.util.Set<String>) p[1])) {
                return (Suppression) p[2];
            }
        }
        return null;
    }

    private static String key(Finding f) {
        List<String> names = new ArrayList<>(f.elementNames());
        names.sort(null);
        return f.kind().getLiteral() + ":" + String.join("|", names.stream().distinct().toList());
    }
}
