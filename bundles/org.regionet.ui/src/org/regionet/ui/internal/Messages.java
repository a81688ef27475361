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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
