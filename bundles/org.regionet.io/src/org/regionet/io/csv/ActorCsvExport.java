package org.regionet.io.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.regionet.analysis.ElementNames;
import org.regionet.io.report.CsvCells;
import org.regionet.model.Actor;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetPackage;

/**
 * The actors of models as a CSV list for spreadsheets, in the columns {@link ActorCsvImport} reads back (regions by
 * qualified name, several values separated by "; "). Cells a spreadsheet would evaluate are defused.
 */
public final class ActorCsvExport {

	public static final List<String> HEADER = List.of("namespace", "name", "title", "kind", "regions", "aliases",
			"contact", "description");

	private ActorCsvExport() {
	}

	/** Writes the header and one row per actor, in model order; returns the number of actors. */
	public static int write(List<RegioModel> models, Writer out) throws IOException {
		out.write(String.join(",", HEADER) + "\n");
		int actors = 0;
		for (RegioModel model : models) {
			for (var element : model.getElements()) {
				if (element instanceof Actor actor) {
					List<String> row = List.of(text(model.getName()), text(actor.getName()), text(actor.getTitle()),
							kindWritten(actor) ? actor.getKind().getLiteral() : "",
							actor.getRegions().stream().map(ElementNames::qualifiedName).collect(Collectors.joining("; ")),
							String.join("; ", actor.getAliases()), text(actor.getContact()), text(actor.getDescription()));
					out.write(row.stream().map(CsvCells::escape).collect(Collectors.joining(",")) + "\n");
					actors++;
				}
			}
		}
		return actors;
	}

	/** Whether the model text states the kind: the first kind is also the value of an actor without one. */
	private static boolean kindWritten(Actor actor) {
		return actor.eIsSet(RegionetPackage.Literals.ACTOR__KIND)
				|| !NodeModelUtils.findNodesForFeature(actor, RegionetPackage.Literals.ACTOR__KIND).isEmpty();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
