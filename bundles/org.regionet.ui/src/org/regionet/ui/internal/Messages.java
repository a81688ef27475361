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
	public static String Findings_filterHint;
	public static String Findings_columnKind;
	public static String Findings_columnScore;
	public static String Findings_columnElements;
	public static String Findings_columnMessage;
	public static String Findings_columnEvidence;
	public static String Findings_analyse;
	public static String Findings_accept;
	public static String Findings_notAnalysed;
	public static String Findings_status;
	public static String Findings_noProject;
	public static String Findings_acceptTitle;
	public static String Findings_acceptPrompt;
	public static String Findings_reasonRequired;
	public static String Findings_acceptedComment;
	public static String Coverage_pickCell;
	public static String Coverage_region;
	public static String Coverage_cell;


	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
