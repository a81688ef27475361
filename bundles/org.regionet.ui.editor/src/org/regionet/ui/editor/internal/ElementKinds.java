package org.regionet.ui.editor.internal;

import org.eclipse.emf.ecore.EClass;
import org.regionet.model.RegionetPackage.Literals;

/** The translated name of each kind of model element, for hovers, proposals and the outline. */
public final class ElementKinds {

	private ElementKinds() {
	}

	public static String label(EClass eClass) {
		if (eClass == Literals.REGION) {
			return Messages.Kind_Region;
		} else if (eClass == Literals.ACTOR) {
			return Messages.Kind_Actor;
		} else if (eClass == Literals.COMMITTEE) {
			return Messages.Kind_Committee;
		} else if (eClass == Literals.ACTION_FIELD) {
			return Messages.Kind_ActionField;
		} else if (eClass == Literals.TARGET_GROUP) {
			return Messages.Kind_TargetGroup;
		} else if (eClass == Literals.ACTIVITY) {
			return Messages.Kind_Activity;
		} else if (eClass == Literals.CHALLENGE) {
			return Messages.Kind_Challenge;
		} else if (eClass == Literals.CONCEPT) {
			return Messages.Kind_Concept;
		} else if (eClass == Literals.COOPERATION) {
			return Messages.Kind_Cooperation;
		} else if (eClass == Literals.SUPPRESSION) {
			return Messages.Kind_Suppression;
		} else if (eClass == Literals.MEETING) {
			return Messages.Kind_Meeting;
		} else if (eClass == Literals.MEMBERSHIP) {
			return Messages.Kind_Membership;
		}
		return eClass.getName();
	}
}
