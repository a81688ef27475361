package org.regionet.ui.navigator.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the navigator bundle (English default, German in messages_de.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.regionet.ui.navigator.internal.messages";

	public static String ModelTrees_jobName;
	public static String Tree_loading;
	public static String Tree_description;
	public static String Tree_open;
	public static String Kind_NAMESPACE;
	public static String Kind_REGION;
	public static String Kind_ACTOR;
	public static String Kind_COMMITTEE;
	public static String Kind_MEMBER;
	public static String Kind_MEETING;
	public static String Kind_FIELD;
	public static String Kind_TOPIC;
	public static String Kind_TARGET_GROUP;
	public static String Kind_ACTIVITY;
	public static String Kind_CHALLENGE;
	public static String Kind_APPROACH;
	public static String Kind_CONCEPT;
	public static String Kind_COOPERATION;
	public static String Kind_ACCEPTANCE;
	public static String Category_general;
	public static String Category_relations;
	public static String Property_kindOfElement;
	public static String Property_file;
	public static String Property_namespace;
	public static String Feature_name;
	public static String Feature_title;
	public static String Feature_description;
	public static String Feature_kind;
	public static String Feature_type;
	public static String Feature_status;
	public static String Feature_aliases;
	public static String Feature_regions;
	public static String Feature_region;
	public static String Feature_parent;
	public static String Feature_contact;
	public static String Feature_agency;
	public static String Feature_districts;
	public static String Feature_neighbours;
	public static String Feature_chair;
	public static String Feature_mandate;
	public static String Feature_members;
	public static String Feature_meetings;
	public static String Feature_actor;
	public static String Feature_role;
	public static String Feature_note;
	public static String Feature_date;
	public static String Feature_participants;
	public static String Feature_decisions;
	public static String Feature_topic;
	public static String Feature_refines;
	public static String Feature_fields;
	public static String Feature_lead;
	public static String Feature_partners;
	public static String Feature_targetGroups;
	public static String Feature_period;
	public static String Feature_funding;
	public static String Feature_committee;
	public static String Feature_text;
	public static String Feature_activities;
	public static String Feature_year;
	public static String Feature_adoptedOn;
	public static String Feature_adoptedBy;
	public static String Feature_challenges;
	public static String Feature_since;
	public static String Feature_elements;
	public static String Feature_reason;
	public static String Feature_approaches;
	public static String Edit_jobName;
	public static String Edit_operationLabel;
	public static String Edit_failedTitle;
	public static String Edit_notFound;
	public static String Edit_wouldBreak;
	public static String Edit_notWritten;
	public static String Edit_fileChanged;
	public static String Edit_readOnly;
	public static String Edit_badNumber;
	public static String Edit_badDate;
	public static String Edit_dateForm;
	public static String Edit_required;
	public static String Edit_ioError;
	public static String Edit_notSet;
	public static String Section_readOnly;
	public static String Section_property;
	public static String Section_value;
	public static String Section_reference;
	public static String Section_targets;
	public static String Section_noElement;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The text of a field by its name, e.g. {@code Feature_title}; the key itself when there is none. */
	public static String byName(String key, String fallback) {
		try {
			Object value = Messages.class.getField(key).get(null);
			return value instanceof String text ? text : fallback;
		} catch (ReflectiveOperationException e) {
			return fallback;
		}
	}
}
