package org.regionet.dsl.ide.highlighting;

/**
 * Style ids of semantic highlighting; an editor maps each to a colour and font.
 */
public final class HighlightingStyles {

	public static final String DECLARATION = "regionet.declaration";
	public static final String ACTOR = "regionet.actor";
	public static final String REGION = "regionet.region";
	public static final String COMMITTEE = "regionet.committee";
	public static final String FIELD = "regionet.field";
	public static final String TARGET_GROUP = "regionet.targetGroup";
	public static final String ACTIVITY = "regionet.activity";
	public static final String OTHER_REFERENCE = "regionet.reference";
	public static final String DATE = "regionet.date";
	public static final String ENUM_VALUE = "regionet.enum";

	private HighlightingStyles() {
	}
}
