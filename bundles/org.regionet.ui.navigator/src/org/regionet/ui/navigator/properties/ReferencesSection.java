package org.regionet.ui.navigator.properties;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.regionet.ui.navigator.internal.Messages;
import org.regionet.ui.navigator.model.ModelNode;

/** The References tab: the element's cross references (members, partners, region, …), read-only. */
public final class ReferencesSection extends TableSection {

	@Override
	protected String note() {
		return Messages.Section_readOnly;
	}

	@Override
	protected String[] headers() {
		return new String[] { Messages.Section_reference, Messages.Section_targets };
	}

	@Override
	protected List<Row> rows(ModelNode shown, EObject element) {
		return ReferenceRows.of(element);
	}
}
