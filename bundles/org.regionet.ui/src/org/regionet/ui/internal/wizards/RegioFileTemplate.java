package org.regionet.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import org.regionet.ui.internal.Messages;

/**
 * The text of a new model file for one region: namespace, region and, if wanted, a sample actor, action field and
 * activity that reference each other, so the file is valid as generated and shows how elements connect.
 */
public final class RegioFileTemplate {

	private RegioFileTemplate() {
	}

	/**
	 * @param namespace the file's namespace, e.g. {@code nrw.muensterland}
	 * @param regionName the region's name (a valid name of the language)
	 * @param regionTitle the region's title as people write it; may be empty
	 * @param samples whether to add the sample elements
	 */
	public static String skeleton(String namespace, String regionName, String regionTitle, boolean samples) {
		String region = regionName;
		StringBuilder text = new StringBuilder();
		text.append("// ").append(NLS.bind(Messages.Template_header, regionTitle.isBlank() ? regionName : regionTitle))
				.append('\n');
		text.append("// ").append(Messages.Template_namespaceHint).append('\n');
		text.append("namespace ").append(namespace).append('\n');
		int lastDot = namespace.lastIndexOf('.');
		if (lastDot > 0) {
			// The parent namespace holds the state-wide elements (action fields, target groups) in the example.
			text.append("import ").append(namespace, 0, lastDot).append(".*\n");
		}
		text.append('\n');
		text.append("region ").append(region);
		if (!regionTitle.isBlank()) {
			text.append(' ').append(quote(regionTitle));
		}
		text.append(" {\n\tdescription ").append(quote(Messages.Template_regionDescription)).append("\n}\n");
		if (samples) {
			text.append('\n');
			text.append("// ").append(Messages.Template_sampleActor).append('\n');
			text.append("actor Beispiel_Akteur \"Beispielakteur\" {\n");
			text.append("\tkind regional-agency\n");
			text.append("\tregion ").append(region).append('\n');
			text.append("}\n\n");
			text.append("// ").append(Messages.Template_sampleField).append('\n');
			text.append("field Beispiel_Handlungsfeld \"Beispiel-Handlungsfeld\"\n\n");
			text.append("// ").append(Messages.Template_sampleActivity).append('\n');
			text.append("activity Beispiel_Aktivitaet \"Beispielaktivität\" {\n");
			text.append("\ttype project\n");
			text.append("\tstatus planned\n");
			text.append("\tregion ").append(region).append('\n');
			text.append("\tfields Beispiel_Handlungsfeld\n");
			text.append("\tlead Beispiel_Akteur\n");
			text.append("}\n");
		}
		return text.toString();
	}

	private static String quote(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}
}
