package org.regionet.dsl.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * The names in a scope closest to an unresolved name, for "did you mean" fixes. Each element is offered once, by
 * the first name the scope lists for it: the serializer writes that same name, so the label matches the result.
 */
public final class NameSuggestions {

	public static final int MAX = 3;

	private NameSuggestions() {
	}

	private record Candidate(String written, int distance, int exactCaseDistance) {
	}

	public static List<String> closest(String text, IScope scope, IQualifiedNameConverter converter) {
		int max = Math.max(2, text.length() / 3);
		Map<URI, Candidate> best = new LinkedHashMap<>();
		Map<URI, String> written = new LinkedHashMap<>();
		for (IEObjectDescription description : scope.getAllElements()) {
			String name = converter.toString(description.getName());
			URI uri = description.getEObjectURI();
			// Whichever name matches, the element is written by the first name seen for it.
			String shown = written.computeIfAbsent(uri, u -> name);
			Candidate candidate = score(text, name, shown, max);
			// A typed simple name may be a slip in an element only visible by its qualified name.
			if (!text.contains(".") && description.getName().getSegmentCount() > 1) {
				candidate = better(candidate, score(text, description.getName().getLastSegment(), shown, max));
			}
			if (candidate != null) {
				best.merge(uri, candidate, NameSuggestions::better);
			}
		}
		List<Candidate> ranked = new ArrayList<>(best.values());
		ranked.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::exactCaseDistance)
				.thenComparing(Candidate::written));
		return ranked.stream().map(Candidate::written).filter(name -> !name.equals(text)).distinct().limit(MAX)
				.toList();
	}

	private static Candidate score(String text, String name, String written, int max) {
		int distance = distance(text.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT), max);
		return distance > max ? null : new Candidate(written, distance, distance(text, name, max + text.length()));
	}

	private static Candidate better(Candidate a, Candidate b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return a.distance() < b.distance()
				|| a.distance() == b.distance() && a.exactCaseDistance() <= b.exactCaseDistance() ? a : b;
	}

	/** Levenshtein distance, or {@code max + 1} once it is certain to exceed {@code max}. */
	static int distance(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > max) {
				return max + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], max + 1);
	}
}
