package org.regionet.diagram.tools;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.regionet.diagram.expression.Values;

/** Sets or adds values to a feature by name, converting text to the attribute's type (e.g. enum literals). */
final class FeatureWriter {

	private FeatureWriter() {
	}

	/** Returns null when done, else why not. */
	@SuppressWarnings("unchecked")
	static String assign(EObject object, String featureName, List<Object> values) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
		if (feature == null || !feature.isChangeable() || feature.isDerived()) {
			return object.eClass().getName() + " has no changeable feature '" + featureName + "'";
		}
		try {
			if (feature.isMany()) {
				Collection<Object> list = (Collection<Object>) object.eGet(feature);
				for (Object value : values) {
					Object converted = convert(feature, value);
					if (!list.contains(converted)) {
						list.add(converted);
					}
				}
			} else if (values.isEmpty()) {
				object.eUnset(feature);
			} else {
				object.eSet(feature, convert(feature, values.get(0)));
			}
			return null;
		} catch (RuntimeException e) {
			return "cannot set " + featureName + " of " + object.eClass().getName() + ": " + e.getMessage();
		}
	}

	private static Object convert(EStructuralFeature feature, Object value) {
		if (feature instanceof EReference reference) {
			if (!(value instanceof EObject target) || !reference.getEReferenceType().isInstance(target)) {
				throw new IllegalArgumentException("expected " + reference.getEReferenceType().getName());
			}
			return value;
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		if (type.isInstance(value)) {
			return value;
		}
		return EcoreUtil.createFromString(type, Values.toText(value));
	}
}
