package org.regionet.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;

/**
 * The texts of validation, linking and file problems: English by default, German under {@code de} locales.
 * In the properties files a literal single quote is written twice ({@code ''}), as {@link NLS#bind} expects.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.regionet.dsl.validation.messages"; //$NON-NLS-1$

	public static String DuplicateName_line;
	public static String DuplicateName_file;
	public static String PeriodReversed;
	public static String InvalidDate;
	public static String Date_yearRange;
	public static String Date_noMonth;
	public static String Date_noDay;
	public static String Date_tooManyParts;
	public static String Date_form;
	public static String ChairNotMember;
	public static String DuplicateMember;
	public static String ConceptForeignCommittee;
	public static String ActivityWithoutField;
	public static String UnusedActor;
	public static String AliasClash;
	public static String Link_wrongKind;
	public static String Link_unknown;
	public static String File_missing;
	public static String File_emptyFolder;
	public static String File_notAModel;
	public static String File_cannotList;
	public static String File_cannotRead;
	public static String File_cannotParse;
	public static String File_notUtf8;

	// Element kinds: "Kind_X" is the noun, "KindA_X" the noun with its indefinite article.
	public static String Kind_Region;
	public static String Kind_Actor;
	public static String Kind_Committee;
	public static String Kind_ActionField;
	public static String Kind_TargetGroup;
	public static String Kind_Activity;
	public static String Kind_Challenge;
	public static String Kind_Concept;
	public static String Kind_Cooperation;
	public static String Kind_Suppression;
	public static String Kind_Element;
	public static String KindA_Region;
	public static String KindA_Actor;
	public static String KindA_Committee;
	public static String KindA_ActionField;
	public static String KindA_TargetGroup;
	public static String KindA_Activity;
	public static String KindA_Challenge;
	public static String KindA_Concept;
	public static String KindA_Cooperation;
	public static String KindA_Suppression;
	public static String KindA_Element;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The kind of element as a noun, e.g. "actor" / "Akteur". */
	public static String kind(EClass eClass) {
		return text("Kind_", eClass);
	}

	/** The kind with its indefinite article, e.g. "an actor" / "ein Akteur". */
	public static String kindWithArticle(EClass eClass) {
		return text("KindA_", eClass);
	}

	private static String text(String prefix, EClass eClass) {
		try {
			return (String) Messages.class.getField(prefix + eClass.getName()).get(null);
		} catch (ReflectiveOperationException e) {
			return eClass.getName(); // a class without its own text: its name says enough
		}
	}
}
