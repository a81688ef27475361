package org.regionet.ui.internal.wizards;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what an analyst types (a region's title, a project name) into valid names of the language, and checks them.
 */
public final class RegioNames {

	/**
	 * The language's keywords that look like names (enum literals included). Generated names avoid them: the escaped
	 * form (^region) declares fine but does not resolve in qualified references. A test compares this list with the
	 * grammar.
	 */
	public static final Set<String> KEYWORDS = Set.of(
			"accept", "activities", "activity", "actor", "adopted", "advisor", "agency", "alias", "analogue",
			"approach", "as", "ba", "between", "board", "by", "campaign", "chair", "challenge", "challenges",
			"committee", "company", "completed", "concept", "contact", "cooperation", "counselling", "decision",
			"deputy", "description", "district", "districts", "esf", "eu", "event", "federal", "field",
			"fields", "funding", "gap", "guest", "import", "kind", "lead", "mandate", "meeting", "member",
			"ministry", "municipal", "municipality", "namespace", "neighbours", "network", "office", "on",
			"other", "own", "parallel", "parent", "participants", "partners", "period", "planned", "portal",
			"project", "refines", "region", "running", "since", "status", "steering", "stopped", "strategy",
			"study", "targets", "topic", "type", "union", "university", "via", "workshop", "year");

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private RegioNames() {
	}

	/** A valid element name from free text: "Münster­land Süd" → "Muensterland_Sued"; empty if nothing is left. */
	public static String idFrom(String text) {
		String ascii = transliterate(text.strip());
		String id = ascii.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
		if (!id.isEmpty() && Character.isDigit(id.charAt(0))) {
			id = "_" + id;
		}
		return id.isEmpty() ? id : notKeyword(id);
	}

	/** The namespace proposed for a region's file: {@code nrw.<region in lower case>}. */
	public static String namespaceFor(String regionName) {
		String segment = idFrom(regionName).toLowerCase(Locale.ROOT);
		return segment.isEmpty() ? "nrw" : "nrw." + notKeyword(segment);
	}

	/** A file name proposed for a region: {@code <region in lower case>.regio}. */
	public static String fileNameFor(String regionName) {
		String base = idFrom(regionName).toLowerCase(Locale.ROOT);
		return (base.isEmpty() ? "region" : base) + ".regio";
	}

	/** Whether the text is a name of the language. */
	public static boolean isValidName(String text) {
		return ID.matcher(text).matches() && !isKeyword(text);
	}

	public static boolean isKeyword(String text) {
		return KEYWORDS.contains(text);
	}

	/** Whether the text is a dotted namespace of valid names. */
	public static boolean isValidNamespace(String text) {
		if (text.isEmpty() || text.startsWith(".") || text.endsWith(".")) {
			return false;
		}
		for (String segment : text.split("\\.", -1)) {
			if (!isValidName(segment)) {
				return false;
			}
		}
		return true;
	}

	/** The name, or the name with a trailing _ if it is a keyword. */
	public static String notKeyword(String name) {
		return isKeyword(name) ? name + "_" : name;
	}

	private static String transliterate(String text) {
		String german = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
				.replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
		// Other accents lose their marks: "Café" → "Cafe".
		return Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}
}
