package org.regionet.ui.internal.preferences;

import java.util.Map;

import org.eclipse.jface.preference.IPreferenceStore;
import org.regionet.analysis.AnalysisSettings;

/**
 * The engine's documented defaults of the settings on the page, so that the page shows them and Restore Defaults
 * goes back to them. Only values that differ are stored: an unset key keeps the engine's own default.
 */
final class AnalysisPreferenceDefaults {

	private static final Map<String, String> DEFAULTS = AnalysisSettings.defaults().toMap();

	private AnalysisPreferenceDefaults() {
	}

	static void apply(IPreferenceStore store) {
		for (AnalysisSettingGroup group : AnalysisSettingGroup.ALL) {
			for (AnalysisSettingKey setting : group.settings()) {
				store.setDefault(setting.key(), defaultValue(setting.key()));
			}
		}
	}

	static String defaultValue(String key) {
		return DEFAULTS.get(key);
	}
}
