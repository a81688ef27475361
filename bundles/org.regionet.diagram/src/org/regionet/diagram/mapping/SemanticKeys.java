package org.regionet.diagram.mapping;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Stable, readable keys for model elements, used for diagram node keys and the layout sidecar: the qualified name
 * of a declared element ({@code nrw.aachen.IHK_Aachen}); for nested objects without a name, the owner's key, the
 * feature and a discriminator ({@code nrw.aachen.Ausschuss_Arbeit/members:nrw.aachen.RA_Aachen}). Keys survive
 * reordering of the text, which indexes would not.
 */
public final class SemanticKeys {

	private SemanticKeys() {
	}

	public static String of(Object object) {
		if (object instanceof FindingLink finding) {
			return "finding:" + finding.kind() + "("
					+ finding.elements().stream().map(SemanticKeys::of).collect(Collectors.joining(",")) + ")";
		}
		if (object instanceof EObject eObject) {
			return ofEObject(eObject);
		}
		return String.valueOf(object);
	}

	private static String ofEObject(EObject object) {
		String name = nameOf(object);
		EObject container = object.eContainer();
		if (container == null) {
			return name != null ? name : "root";
		}
		if (container.eContainer() == null && name != null) {
			String namespace = nameOf(container);
			return namespace == null ? name : namespace + "." + name;
		}
		String local = name != null ? name : discriminator(object);
		return ofEObject(container) + "/" + object.eContainingFeature().getName() + ":" + local;
	}

	private static String nameOf(EObject object) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature("name");
		if (feature instanceof EAttribute && object.eGet(feature) instanceof String s && !s.isBlank()) {
			return s;
		}
		return null;
	}

	/** The key of the first single-valued reference (a membership's actor), else the position in its list. */
	private static String discriminator(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isMany() && !reference.isContainment() && !reference.isContainer()
					&& object.eGet(reference, true) instanceof EObject target && !target.eIsProxy()) {
				return ofEObject(target);
			}
		}
		Object siblings = object.eContainer().eGet(object.eContainingFeature());
		return siblings instanceof List<?> list ? Integer.toString(list.indexOf(object)) : "0";
	}
}
