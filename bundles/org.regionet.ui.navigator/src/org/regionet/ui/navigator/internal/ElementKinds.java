package org.regionet.ui.navigator.internal;

import org.regionet.ui.navigator.model.ElementKind;

/** The translated name of each kind of model node. */
public final class ElementKinds {

	private ElementKinds() {
	}

	public static String label(ElementKind kind) {
		return kind == null ? "" : Messages.byName("Kind_" + kind.name(), kind.name());
	}
}
