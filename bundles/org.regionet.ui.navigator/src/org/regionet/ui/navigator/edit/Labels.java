package org.regionet.ui.navigator.edit;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.regionet.ui.navigator.internal.Messages;

/** Translated names of features, e.g. "Title" / "Titel" for {@code title}. */
public final class Labels {

	private Labels() {
	}

	public static String feature(EStructuralFeature feature) {
		return Messages.byName("Feature_" + feature.getName(), feature.getName());
	}
}
