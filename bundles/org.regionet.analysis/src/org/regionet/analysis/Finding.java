package org.regionet.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.regionet.model.FindingKind;

/**
 * One parallel structure (or duplicate, gap, analogue) with its score, the elements involved
 * and the evidence behind it. Immutable.
 */
public final class Finding {

    /** Deterministic report order: kind, then descending score, then id. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.kind.getValue())
            .thenComparing(Comparator.comparingDouble(Finding::score).reversed())
            .thenComparing(Finding::id);

    private final FindingKind kind;
    private final double score;
    private final List<EObject> elements;
    private final List<String> elementNames;
    private final List<Evidence> evidence;
    private final String message;
    private final String id;

    /**
     * @param kind     what was found
     * @param score    strength in [0,1] (clamped)
     * @param elements the elements involved, in a meaningful order (e.g. region then field)
     * @param evidence the reasons, each checkable
     * @param message  one human sentence
     */
    public Finding(FindingKind kind, double score, List<? extends EObject> elements, List<Evidence> evidence,
            String message) {
        this.kind = Objects.requireNonNull(kind);
        this.score = Math.max(0, Math.min(1, score));
        this.elements = List.copyOf(elements);
        List<String> names = new ArrayList<>(elements.size());
        for (EObject e : elements) {
            names.add(ElementNames.qualifiedName(e));
        }
        this.elementNames = List.copyOf(names);
        this.evidence = List.copyOf(evidence);
        this.message = message;
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        this.id = kind.getLiteral() + ":" + String.join("|", sorted);
    }

    public FindingKind kind() {
        return kind;
    }

    public double score() {
        return score;
    }

    /** The model elements involved. */
    public List<EObject> elements() {
        return elements;
    }

    /** Qualified names of {@link #elements()}, same order. */
    public List<String> elementNames() {
        return elementNames;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    public String message() {
        return message;
    }

    /** Stable identity: kind plus the sorted qualified names of the elements. */
    public String id() {
        return id;
    }

    /** Analogues and gaps inform; the other kinds warn. */
    public Severity severity() {
        return kind == FindingKind.ANALOGUE || kind == FindingKind.GAP ? Severity.INFO : Severity.WARNING;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.3f %s: %s", kind.getLiteral(), score, elementNames, message);
    }
}
