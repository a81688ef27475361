package org.regionet.diagram.expression;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** Matches objects against domain class names such as {@code Actor} or {@code Element} (supertypes count). */
public final class DomainClasses {

	private DomainClasses() {
	}

	/** Whether the object is an instance of the named class; a blank name matches everything. */
	public static boolean isInstance(Object object, String className) {
		if (className == null || className.isBlank()) {
			return true;
		}
		if (object instanceof EObject eObject) {
			EClass eClass = eObject.eClass();
			if (className.equals(eClass.getName())) {
				return true;
			}
			for (EClass superType : eClass.getEAllSuperTypes()) {
				if (className.equals(superType.getName())) {
					return true;
				}
			}
			return false;
		}
		return object instanceof FeatureSource source && className.equals(source.typeName());
	}
}
