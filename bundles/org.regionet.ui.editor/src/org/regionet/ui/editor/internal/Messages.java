package org.regionet.ui.editor.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Translatable texts of the model editor (English default, German in messages_de.properties).
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.regionet.ui.editor.internal.messages";

	public static String Action_findReferences;
	public static String Action_format;
	public static String Action_openDeclaration;
	public static String Action_rename;
	public static String Action_toggleComment;
	public static String ContentAssist_none;
	public static String Format_changed;
	public static String Format_jobName;
	public static String Format_syntaxErrors;
	public static String Hover_declaredIn;
	public static String Hyperlink_open;
	public static String Kind_ActionField;
	public static String Kind_Activity;
	public static String Kind_Actor;
	public static String Kind_Challenge;
	public static String Kind_Committee;
	public static String Kind_Concept;
	public static String Kind_Cooperation;
	public static String Kind_Meeting;
	public static String Kind_Membership;
	public static String Kind_Region;
	public static String Kind_Suppression;
	public static String Kind_TargetGroup;
	public static String MarkerWriter_jobName;
	public static String OpenDeclaration_jobName;
	public static String OpenDeclaration_notFound;
	public static String Proposal_template;
	public static String QuickFix_acceptDuplicate;
	public static String QuickFix_acceptDuplicate_description;
	public static String QuickFix_acceptDuplicate_reason;
	public static String QuickFix_addChair;
	public static String QuickFix_addChair_description;
	public static String QuickFix_changeReference;
	public static String QuickFix_changeReference_description;
	public static String QuickFix_changed;
	public static String QuickFix_createActor;
	public static String QuickFix_createActor_description;
	public static String QuickFix_failed;
	public static String QuickFix_jobName;
	public static String QuickFix_title;
	public static String Builder_task;
	public static String Merge_label;
	public static String Merge_description;
	public static String Merge_title;
	public static String Merge_jobName;
	public static String Change_elementGone;
	public static String Change_notNamed;
	public static String Change_nothing;
	public static String Change_textChanged;
	public static String Merge_notFound;
	public static String Reconciler_jobName;
	public static String References_declaration;
	public static String References_message;
	public static String References_title;
	public static String Rename_dialogTitle;
	public static String Rename_empty;
	public static String Rename_invalid;
	public static String Rename_jobName;
	public static String Rename_keyword;
	public static String Rename_newName;
	public static String Rename_noElement;
	public static String Rename_notInWorkspace;
	public static String Rename_occurrences;
	public static String Rename_taken;
	public static String Rename_title;
	public static String Rename_unchanged;
	public static String Session_jobName;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
