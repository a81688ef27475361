package org.regionet.ui.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.regionet.analysis.AnalysisSettings;

/**
 * Analysis thresholds and weights kept in the instance preferences under the same keys as the command line's
 * {@code --set KEY=VALUE}; unset keys keep the engine's documented defaults.
 */
public final class AnalysisPreferences {

	/** The preference node; the preference page writes here. */
	public static final String NODE = "org.regionet.ui.analysis";

	private AnalysisPreferences() {
	}

	public static AnalysisSettings settings() {
		var node = InstanceScope.INSTANCE.getNode(NODE);
		Map<String, String> values = new LinkedHashMap<>();
		try {
			for (String key : node.keys()) {
				values.put(key, node.get(key, ""));
			}
		} catch (BackingStoreException e) {
			return AnalysisSettings.defaults();
		}
		try {
			return AnalysisSettings.fromMap(values);
		} catch (IllegalArgumentException e) {
			return AnalysisSettings.defaults();
		}
	}
}
