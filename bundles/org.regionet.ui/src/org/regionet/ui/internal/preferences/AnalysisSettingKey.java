package org.regionet.ui.internal.preferences;

/**
 * One analysis setting shown on the preference page: its key (the same as the command line's {@code --set KEY=…}),
 * the label, and the range of accepted values.
 */
record AnalysisSettingKey(String key, String label, double min, double max) {
}
