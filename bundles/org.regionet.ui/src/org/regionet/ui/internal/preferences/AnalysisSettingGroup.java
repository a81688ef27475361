package org.regionet.ui.internal.preferences;

import java.util.List;

import org.regionet.ui.internal.Messages;

/**
 * The analysis settings of the preference page, grouped by finding kind. Weights of one group add up to at most 1
 * (the engine's rule: the rest is the base score).
 */
record AnalysisSettingGroup(String title, boolean weightSumLimited, List<AnalysisSettingKey> settings) {

	static final List<AnalysisSettingGroup> ALL = List.of(
			new AnalysisSettingGroup(Messages.Preferences_duplicates, false, List.of(
					unit("duplicate.threshold", Messages.Preferences_threshold),
					new AnalysisSettingKey("duplicate.blockingThreshold", Messages.Preferences_blockingThreshold, 0.05,
							1))),
			new AnalysisSettingGroup(Messages.Preferences_parallel, true, List.of(
					unit("parallel.threshold", Messages.Preferences_threshold),
					unit("parallel.typeWeight", Messages.Preferences_typeWeight),
					unit("parallel.fieldWeight", Messages.Preferences_fieldWeight),
					unit("parallel.targetWeight", Messages.Preferences_targetWeight),
					unit("text.titleWeight", Messages.Preferences_titleShare))),
			new AnalysisSettingGroup(Messages.Preferences_analogues, true, List.of(
					unit("analogue.threshold", Messages.Preferences_threshold),
					unit("analogue.typeWeight", Messages.Preferences_typeWeight),
					unit("analogue.fieldWeight", Messages.Preferences_fieldWeight))),
			new AnalysisSettingGroup(Messages.Preferences_committees, true, List.of(
					unit("committee.threshold", Messages.Preferences_threshold),
					unit("committee.memberWeight", Messages.Preferences_memberWeight),
					unit("committee.mandateWeight", Messages.Preferences_mandateWeight),
					unit("committee.regionWeight", Messages.Preferences_regionWeight),
					unit("committee.kindWeight", Messages.Preferences_kindWeight),
					unit("committee.titleWeight", Messages.Preferences_committeeTitleWeight))));

	private static AnalysisSettingKey unit(String key, String label) {
		return new AnalysisSettingKey(key, label, 0, 1);
	}
}
