package org.regionet.ui.internal.preferences;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.regionet.ui.internal.Messages;

/**
 * A text field for a decimal number within [min, max]; JFace has a field editor for integers only.
 */
final class DecimalFieldEditor extends StringFieldEditor {

	private final double min;
	private final double max;

	/**
	 * @param label the label shown next to the field
	 * @param name the setting's short name for messages
	 */
	DecimalFieldEditor(String key, String label, String name, double min, double max, Composite parent) {
		super(key, label, 8, parent);
		this.min = min;
		this.max = max;
		setEmptyStringAllowed(false);
		setErrorMessage(NLS.bind(Messages.Preferences_range, new Object[] { name, format(min), format(max) }));
	}

	/** The current number, or NaN if the text is not one. */
	double value() {
		try {
			return Double.parseDouble(getStringValue().strip().replace(',', '.'));
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	@Override
	protected boolean doCheckState() {
		double v = value();
		return v >= min && v <= max;
	}

	@Override
	protected void doStore() {
		// Store the canonical form so that the engine (and the CLI) read it; a German "0,5" becomes "0.5".
		double v = value();
		if (!Double.isNaN(v)) {
			getTextControl().setText(String.valueOf(v));
		}
		super.doStore();
	}

	static String format(double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}
}
