package org.regionet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.regionet.analysis.ElementNames;
import org.regionet.analysis.FindingFilter;
import org.regionet.model.ActionField;
import org.regionet.model.Element;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;

/**
 * Turns the region and action field a user named on the command line into a finding filter: a name is matched as
 * a qualified name first, then as a simple name or a title, ignoring case, among the elements of the models.
 */
final class ScopeNames {

	private static final int LISTED = 12;

	private ScopeNames() {
	}

	/** The filter for the scope; throws {@link IllegalArgumentException} naming the candidates for a bad name. */
	static FindingFilter filter(CheckOptions.Scope scope, List<RegioModel> models) {
		FindingFilter filter = new FindingFilter();
		filter.setKind(scope.kind());
		if (scope.region() != null) {
			filter.setRegion(resolve("region", scope.region(), elements(models, Region.class)));
		}
		if (scope.field() != null) {
			filter.setField(resolve("action field", scope.field(), elements(models, ActionField.class)));
		}
		return filter;
	}

	/** The qualified name of the one element called {@code name}. */
	static String resolve(String what, String name, List<? extends Element> candidates) {
		List<String> matches = new ArrayList<>();
		for (Element element : candidates) {
			if (ElementNames.qualifiedName(element).equals(name)) {
				return name;
			}
			if (name.equalsIgnoreCase(element.getName()) || name.equalsIgnoreCase(element.getTitle())
					|| ElementNames.qualifiedName(element).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				matches.add(ElementNames.qualifiedName(element));
			}
		}
		if (matches.size() == 1) {
			return matches.get(0);
		}
		if (matches.isEmpty()) {
			List<String> known = candidates.stream().map(ElementNames::qualifiedName).sorted().toList();
			throw new IllegalArgumentException("no " + what + " '" + name + "' in the models; known: "
					+ (known.isEmpty() ? "none" : listed(known)));
		}
		throw new IllegalArgumentException(what + " '" + name + "' is ambiguous: " + listed(matches));
	}

	private static String listed(List<String> names) {
		return names.size() <= LISTED ? String.join(", ", names)
				: String.join(", ", names.subList(0, LISTED)) + " and " + (names.size() - LISTED) + " more";
	}

	private static <T extends Element> List<T> elements(List<RegioModel> models, Class<T> type) {
		return models.stream().flatMap(model -> model.getElements().stream()).filter(type::isInstance).map(type::cast)
				.toList();
	}
}
