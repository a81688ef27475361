package org.regionet.ui.internal.preferences;

import java.util.Map;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.ui.analysis.AnalysisPreferences;

/**
 * Puts the engine's documented defaults into the default scope, so that Restore Defaults shows them. Only the
 * instance scope is handed to the engine: an unset key keeps the engine's own default.
 */
public class AnalysisPreferenceDefaults extends AbstractPreferenceInitializer {

	private static final Map<String, String> DEFAULTS = AnalysisSettings.defaults().toMap();

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences node = DefaultScope.INSTANCE.getNode(AnalysisPreferences.NODE);
		for (AnalysisSettingGroup group : AnalysisSettingGroup.ALL) {
			for (AnalysisSettingKey setting : group.settings()) {
				node.put(setting.key(), defaultValue(setting.key()));
			}
		}
	}

	static String defaultValue(String key) {
		return DEFAULTS.get(key);
	}
}
