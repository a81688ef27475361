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
 */
public final class SuppressionFilter {

    private final Map<String, Suppression> byKey = new HashMap<>();

    public SuppressionFilter(List<Suppression> suppressions) {
        for (Suppression s : suppressions) {
            List<String> names = new ArrayList<>();
            for (Element e : s.getElements()) {
                names.add(ElementNames.qualifiedName(e));
            }
            names.sort(null);
            byKey.putIfAbsent(s.getKind().getLiteral() + ":" + String.join("|", names.stream().distinct().toList()), s);
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
                reported.add(f);
            } else {
                synchronized (accepted) {
                    accepted.add(new AcceptedFinding(f, s, s.getReason()));
                }
            }
        }
        return reported;
    }

    private static String key(Finding f) {
        List<String> names = new ArrayList<>(f.elementNames());
        names.sort(null);
        return f.kind().getLiteral() + ":" + String.join("|", names.stream().distinct().toList());
    }
}
