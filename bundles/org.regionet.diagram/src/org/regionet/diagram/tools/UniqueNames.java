package org.regionet.diagram.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Proposes identifiers that are free in a container, e.g. {@code Akteur_3}. */
final class UniqueNames {

	private UniqueNames() {
	}

	static String next(EObject container, EReference feature, String prefix) {
		String base = prefix.replaceAll("[^A-Za-z0-9_]", "_");
		Set<String> used = new HashSet<>();
		Object value = container.eGet(feature);
		if (value instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof EObject object) {
					EStructuralFeature name = object.eClass().getEStructuralFeature("name");
					if (name != null && object.eGet(name) instanceof String s) {
						used.add(s);
					}
				}
			}
		}
		for (int i = 1;; i++) {
			String candidate = base + "_" + i;
			if (!used.contains(candidate)) {
				return candidate;
			}
		}
	}
}
