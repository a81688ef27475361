package org.regionet.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Translatable texts of the workbench bundle (English default, German in messages_de.properties).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.regionet.ui.internal.messages";

	public static String ExampleProject_jobName;
	public static String ExampleProject_taskName;
	public static String ExampleProject_exists;
	public static String ExampleWizard_title;
	public static String ExampleWizard_pageTitle;
	public static String ExampleWizard_pageDescription;
	public static String ExampleWizard_projectName;
	public static String ExampleWizard_failed;
	public static String Analysis_jobName;
	public static String Analysis_loading;
	public static String Findings_kind;
	public static String Findings_allKinds;
	public static String Findings_filter;
	public static String Findings_region;
	public static String Findings_allRegions;
	public static String Findings_field;
	public static String Findings_allFields;
	public static String Findings_filterHint;
	public static String Findings_columnKind;
	public static String Findings_merge;
	public static String Findings_mergeTitle;
	public static String Findings_mergePrompt;
	public static String Findings_keep;
	public static String Findings_columnScore;
	public static String Findings_columnElements;
	public static String Findings_columnMessage;
	public static String Findings_columnEvidence;
	public static String Findings_analyse;
	public static String Findings_accept;
	public static String Findings_notAnalysed;
	public static String Findings_status;
	public static String Findings_statusFiltered;
	public static String Findings_noProject;
	public static String Findings_acceptTitle;
	public static String Findings_acceptPrompt;
	public static String Findings_reasonRequired;
	public static String Findings_acceptedComment;
	public static String Coverage_pickCell;
	public static String Coverage_region;
	public static String Coverage_cell;

	public static String Analysis_rerunJobName;
	public static String Preferences_root;
	public static String Preferences_description;
	public static String Preferences_labelWithDefault;
	public static String Preferences_tooltip;
	public static String Preferences_range;
	public static String Preferences_weightsHint;
	public static String Preferences_weightSum;
	public static String Preferences_duplicates;
	public static String Preferences_parallel;
	public static String Preferences_analogues;
	public static String Preferences_committees;
	public static String Preferences_threshold;
	public static String Preferences_blockingThreshold;
	public static String Preferences_typeWeight;
	public static String Preferences_fieldWeight;
	public static String Preferences_targetWeight;
	public static String Preferences_titleShare;
	public static String Preferences_memberWeight;
	public static String Preferences_mandateWeight;
	public static String Preferences_regionWeight;
	public static String Preferences_kindWeight;
	public static String Preferences_committeeTitleWeight;
	public static String NewProject_title;
	public static String NewProject_pageTitle;
	public static String NewProject_pageDescription;
	public static String NewProject_taskName;
	public static String NewProject_failed;
	public static String NewFile_title;
	public static String NewFile_pageTitle;
	public static String NewFile_pageDescription;
	public static String NewFile_folder;
	public static String NewFile_browse;
	public static String NewFile_chooseFolder;
	public static String NewFile_regionTitle;
	public static String NewFile_regionName;
	public static String NewFile_namespace;
	public static String NewFile_fileName;
	public static String NewFile_samples;
	public static String NewFile_folderMissing;
	public static String NewFile_folderNotFound;
	public static String NewFile_regionMissing;
	public static String NewFile_regionInvalid;
	public static String NewFile_keyword;
	public static String NewFile_namespaceInvalid;
	public static String NewFile_namespaceDiffers;
	public static String NewFile_fileNameMissing;
	public static String NewFile_fileExists;
	public static String NewFile_failed;
	public static String Template_header;
	public static String Template_namespaceHint;
	public static String Template_regionDescription;
	public static String Template_sampleActor;
	public static String Template_sampleField;
	public static String Template_sampleActivity;

	public static String ImportActors_title;
	public static String ImportActors_pageTitle;
	public static String ImportActors_pageDescription;
	public static String ImportActors_csv;
	public static String ImportActors_imports;
	public static String ImportActors_csvMissing;
	public static String ImportActors_csvNotFound;
	public static String ImportActors_importInvalid;
	public static String ImportActors_checking;
	public static String ImportActors_errors;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
