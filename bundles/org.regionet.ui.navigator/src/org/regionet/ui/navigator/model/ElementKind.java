package org.regionet.ui.navigator.model;

import org.eclipse.emf.ecore.EObject;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Approach;
import org.regionet.model.Challenge;
import org.regionet.model.Committee;
import org.regionet.model.Concept;
import org.regionet.model.Cooperation;
import org.regionet.model.Meeting;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;
import org.regionet.model.Suppression;
import org.regionet.model.TargetGroup;

/** What a node of the model tree stands for; decides its icon and its translated kind name. */
public enum ElementKind {
	NAMESPACE, REGION, ACTOR, COMMITTEE, MEMBER, MEETING, FIELD, TOPIC, TARGET_GROUP, ACTIVITY, CHALLENGE, APPROACH,
	CONCEPT, COOPERATION, ACCEPTANCE;

	/** The icon file under {@code icons/}. */
	public String iconName() {
		return name().toLowerCase(java.util.Locale.ROOT) + ".svg";
	}

	public static ElementKind of(EObject object) {
		if (object instanceof RegioModel) {
			return NAMESPACE;
		} else if (object instanceof Region) {
			return REGION;
		} else if (object instanceof Actor) {
			return ACTOR;
		} else if (object instanceof Committee) {
			return COMMITTEE;
		} else if (object instanceof Membership) {
			return MEMBER;
		} else if (object instanceof Meeting) {
			return MEETING;
		} else if (object instanceof ActionField field) {
			return field.isTopic() ? TOPIC : FIELD;
		} else if (object instanceof TargetGroup) {
			return TARGET_GROUP;
		} else if (object instanceof Activity) {
			return ACTIVITY;
		} else if (object instanceof Challenge) {
			return CHALLENGE;
		} else if (object instanceof Approach) {
			return APPROACH;
		} else if (object instanceof Concept) {
			return CONCEPT;
		} else if (object instanceof Cooperation) {
			return COOPERATION;
		} else if (object instanceof Suppression) {
			return ACCEPTANCE;
		}
		return null;
	}
}
