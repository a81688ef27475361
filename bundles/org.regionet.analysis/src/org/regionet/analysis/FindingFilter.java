package org.regionet.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.regionet.model.FindingKind;

/**
 * A choice of findings, as the Findings view and {@code regionet check} offer it: of one kind, concerning one region
 * and one action field (a topic counts under the field it refines), containing a text. Region and field are kept by
 * qualified name, so that a choice outlives the next analysis; {@code null} means any.
 */
public final class FindingFilter {

    private FindingKind kind;
    private String region;
    private String field;
    private String text = "";

    public void setKind(FindingKind kind) {
        this.kind = kind;
    }

    public void setRegion(String qualifiedName) {
        this.region = qualifiedName;
    }

    public void setField(String qualifiedName) {
        this.field = qualifiedName;
    }

    public void setText(String text) {
        this.text = text.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether any choice is made: without one, every finding matches. */
    public boolean isEmpty() {
        return kind == null && region == null && field == null && text.isEmpty();
    }

    /** The choices made, e.g. "kind parallel, region nrw.Aachen", for messages. */
    @Override
    public String toString() {
        List<String> parts = new java.util.ArrayList<>();
        if (kind != null) {
            parts.add("kind " + kind.getLiteral());
        }
        if (region != null) {
            parts.add("region " + region);
        }
        if (field != null) {
            parts.add("field " + field);
        }
        if (!text.isEmpty()) {
            parts.add("text \"" + text + "\"");
        }
        return parts.isEmpty() ? "any" : String.join(", ", parts);
    }

    public boolean matches(Finding finding) {
        return (kind == null || finding.kind() == kind)
                && (region == null || named(FindingScope.regions(finding), region))
                && (field == null || named(FindingScope.fields(finding), field))
                && (text.isEmpty() || finding.message().toLowerCase(Locale.ROOT).contains(text)
                        || finding.elementNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(text)));
    }

    /** The regions the findings concern, by label, for the region choice. */
    public static List<EObject> regions(Collection<Finding> findings) {
        return choices(findings, FindingScope::regions);
    }

    /** The action fields the findings concern (with the fields their topics refine), by label. */
    public static List<EObject> fields(Collection<Finding> findings) {
        return choices(findings, FindingScope::fields);
    }

    private static List<EObject> choices(Collection<Finding> findings,
            Function<Finding, ? extends Set<? extends EObject>> scope) {
        Set<EObject> all = new LinkedHashSet<>();
        findings.forEach(finding -> all.addAll(scope.apply(finding)));
        return all.stream().sorted(Comparator.comparing(ElementNames::label, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ElementNames::qualifiedName)).toList();
    }

    private static boolean named(Set<? extends EObject> elements, String qualifiedName) {
        return elements.stream().anyMatch(e -> ElementNames.qualifiedName(e).equals(qualifiedName));
    }
}
