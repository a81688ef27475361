package org.regionet.ui.navigator.edit;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EcorePackage;

/** How a simple attribute is edited: a text cell for texts, dates and numbers, a combo for enums. */
public enum ValueType {
	TEXT, DATE, NUMBER, ENUM;

	/** The type of an attribute; dates are strings written with the {@code Date} rule. */
	static ValueType of(EAttribute attribute, String valueRuleName) {
		if (attribute.getEAttributeType() instanceof EEnum) {
			return ENUM;
		} else if (attribute.getEAttributeType() == EcorePackage.Literals.EINT) {
			return NUMBER;
		} else if ("Date".equals(valueRuleName)) {
			return DATE;
		}
		return TEXT;
	}
}
