package org.regionet.dsl.validation;

/**
 * Stable codes of the problems the RegioNet language reports; quick fixes and CI tools key on them.
 */
public final class IssueCodes {

	private static final String PREFIX = "regionet.";

	public static final String DUPLICATE_NAME = PREFIX + "duplicate-name";
	public static final String INVALID_DATE = PREFIX + "invalid-date";
	public static final String PERIOD_REVERSED = PREFIX + "period-reversed";
	public static final String WRONG_ELEMENT_KIND = PREFIX + "wrong-element-kind";
	public static final String CHAIR_NOT_MEMBER = PREFIX + "chair-not-member";
	public static final String CONCEPT_FOREIGN_COMMITTEE = PREFIX + "concept-foreign-committee";
	public static final String ACTIVITY_WITHOUT_FIELD = PREFIX + "activity-without-field";
	public static final String UNUSED_ACTOR = PREFIX + "unused-actor";
	public static final String ALIAS_CLASH = PREFIX + "alias-clash";
	public static final String DUPLICATE_MEMBER = PREFIX + "duplicate-member";

	private IssueCodes() {
	}
}
