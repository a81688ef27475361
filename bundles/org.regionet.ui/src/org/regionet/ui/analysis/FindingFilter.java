package org.regionet.ui.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.regionet.analysis.ElementNames;
import org.regionet.analysis.Finding;
import org.regionet.analysis.FindingScope;
import org.regionet.model.FindingKind;

/**
 * What the Findings view shows: findings of one kind, concerning one region and one action field, containing a
 * text. Region and field are kept by qualified name, so that a choice outlives the next analysis; {@code null}
 * means any.
 */
final class FindingFilter {

	private FindingKind kind;
	private String region;
	private String field;
	private String text = "";

	void setKind(FindingKind kind) {
		this.kind = kind;
	}

	void setRegion(String qualifiedName) {
		this.region = qualifiedName;
	}

	void setField(String qualifiedName) {
		this.field = qualifiedName;
	}

	void setText(String text) {
		this.text = text.trim().toLowerCase(Locale.ROOT);
	}

	boolean matches(Finding finding) {
		return (kind == null || finding.kind() == kind)
				&& (region == null || named(FindingScope.regions(finding), region))
				&& (field == null || named(FindingScope.fields(finding), field))
				&& (text.isEmpty() || finding.message().toLowerCase(Locale.ROOT).contains(text)
						|| finding.elementNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(text)));
	}

	/** The regions the findings concern, by label, for the region choice. */
	static List<EObject> regions(Collection<Finding> findings) {
		return choices(findings, FindingScope::regions);
	}

	/** The action fields the findings concern (with the fields their topics refine), by label. */
	static List<EObject> fields(Collection<Finding> findings) {
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
