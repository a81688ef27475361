package org.regionet.io.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.regionet.analysis.dedupe.CsvTable;
import org.regionet.model.ActorKind;

/**
 * Turns a spreadsheet's list of actors (CSV, one actor per row) into the text of a {@code .regio} file. Columns are
 * found by their header, in English or German: title/Titel/Bezeichnung, name/Kurzname, kind/Art, regions/Region,
 * aliases/Alias, contact/Kontakt, description/Beschreibung; a title or a name is required. A missing name is made
 * from the title. Every problem names the row's line in the CSV file; with problems there is no text.
 */
public final class ActorCsvImport {

	/**
	 * @param text      the model text, or {@code null} if there are problems
	 * @param actors    number of actors written
	 * @param lineOfCsv by line of {@code text} (1-based), the CSV line it comes from
	 * @param problems  "file:line: message" for each problem
	 */
	public record Result(String text, int actors, Map<Integer, Integer> lineOfCsv, List<String> problems) {
	}

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
	private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("title", List.of("title", "titel", "bezeichnung"));
		COLUMNS.put("name", List.of("name", "kurzname", "id"));
		COLUMNS.put("kind", List.of("kind", "art", "typ"));
		COLUMNS.put("regions", List.of("regions", "region", "regionen"));
		COLUMNS.put("aliases", List.of("aliases", "alias", "aliasse"));
		COLUMNS.put("contact", List.of("contact", "kontakt"));
		COLUMNS.put("description", List.of("description", "beschreibung"));
	}

	private ActorCsvImport() {
	}

	/**
	 * The model text for namespace {@code namespace}, importing the names of {@code imports} (namespaces, so that
	 * rows can name regions simply); {@code source} names the CSV file in problems.
	 */
	public static Result toRegio(CsvTable table, String namespace, List<String> imports, String source) {
		List<String> problems = new ArrayList<>();
		if (!QUALIFIED_NAME.matcher(namespace).matches()) {
			problems.add(source + ": '" + namespace + "' is no namespace (letters, digits, _ and dots)");
		}
		for (String imported : imports) {
			if (!QUALIFIED_NAME.matcher(imported).matches()) {
				problems.add(source + ": '" + imported + "' is no namespace to import (letters, digits, _ and dots)");
			}
		}
		Map<String, Integer> column = new LinkedHashMap<>();
		COLUMNS.forEach((key, names) -> column.put(key, find(table, names)));
		if (column.get("title") < 0 && column.get("name") < 0) {
			problems.add(source + ":1: no column for the title (title, Titel, Bezeichnung) or the name (name, Kurzname)");
		}
		if (!problems.isEmpty()) {
			return new Result(null, 0, Map.of(), problems);
		}
		StringBuilder text = new StringBuilder("namespace " + namespace + "\n");
		imports.forEach(imported -> text.append("import ").append(imported).append(".*\n"));
		text.append('\n');
		Map<Integer, Integer> lineOfCsv = new LinkedHashMap<>();
		Set<String> names = new HashSet<>();
		int textLine = 3 + imports.size();
		int actors = 0;
		for (int r = 0; r < table.rows().size(); r++) {
			List<String> row = table.rows().get(r);
			int line = table.lines().get(r);
			String where = source + ":" + line + ": ";
			String title = value(row, column.get("title"));
			String name = value(row, column.get("name"));
			if (title.isEmpty() && name.isEmpty()) {
				continue; // an empty row of the spreadsheet
			}
			if (name.isEmpty()) {
				name = unique(identifier(title), names);
			} else if (!ID.matcher(name).matches()) {
				problems.add(where + "name '" + name + "' is no identifier (letters, digits and _, not first a digit)");
			} else if (!names.add(name)) {
				problems.add(where + "name '" + name + "' is used by an earlier row");
			}
			List<String> body = new ArrayList<>();
			String kind = value(row, column.get("kind"));
			if (!kind.isEmpty()) {
				ActorKind literal = ActorKind.get(kind.toLowerCase(Locale.ROOT));
				if (literal == null) {
					problems.add(where + "unknown kind '" + kind + "'; use one of "
							+ String.join(", ", ActorKind.VALUES.stream().map(ActorKind::getLiteral).toList()));
				} else {
					body.add("kind " + literal.getLiteral());
				}
			}
			List<String> regions = list(value(row, column.get("regions")));
			for (String region : regions) {
				if (!QUALIFIED_NAME.matcher(region).matches()) {
					problems.add(where + "region '" + region + "' is no name (letters, digits, _ and dots)");
				}
			}
			if (!regions.isEmpty()) {
				body.add("region " + String.join(", ", regions));
			}
			List<String> aliases = list(value(row, column.get("aliases")));
			if (!aliases.isEmpty()) {
				body.add("alias " + String.join(", ", aliases.stream().map(ActorCsvImport::quoted).toList()));
			}
			addString(body, "contact", value(row, column.get("contact")));
			addString(body, "description", value(row, column.get("description")));
			if (actors > 0) {
				text.append('\n');
				textLine++;
			}
			text.append("actor ").append(name);
			if (!title.isEmpty()) {
				text.append(' ').append(quoted(title));
			}
			lineOfCsv.put(textLine, line);
			if (body.isEmpty()) {
				text.append('\n');
				textLine++;
			} else {
				text.append(" {\n");
				textLine++;
				for (String statement : body) {
					text.append('\t').append(statement).append('\n');
					lineOfCsv.put(textLine++, line);
				}
				text.append("}\n");
				lineOfCsv.put(textLine++, line);
			}
			actors++;
		}
		return problems.isEmpty() ? new Result(text.toString(), actors, lineOfCsv, List.of())
				: new Result(null, 0, Map.of(), problems);
	}

	/** An identifier from a title: umlauts spelt out, other marks dropped, every other run of characters a _. */
	static String identifier(String title) {
		String spelt = title.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
				.replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss");
		String ascii = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String name = ascii.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (name.isEmpty()) {
			return "Akteur";
		}
		return Character.isDigit(name.charAt(0)) ? "_" + name : name;
	}

	private static String unique(String name, Set<String> taken) {
		String candidate = name;
		for (int n = 2; !taken.add(candidate); n++) {
			candidate = name + "_" + n;
		}
		return candidate;
	}

	private static int find(CsvTable table, List<String> names) {
		for (String name : names) {
			int index = table.column(name);
			if (index >= 0) {
				return index;
			}
		}
		return -1;
	}

	private static String value(List<String> row, int column) {
		return column < 0 || column >= row.size() ? "" : row.get(column).strip();
	}

	/** Values of one cell separated by ";" (or "," when there is no ";"). */
	private static List<String> list(String cell) {
		if (cell.isEmpty()) {
			return List.of();
		}
		String separator = cell.contains(";") ? ";" : ",";
		return java.util.Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static void addString(List<String> body, String keyword, String value) {
		if (!value.isEmpty()) {
			body.add(keyword + " " + quoted(value));
		}
	}

	/** A DSL string: quotes and backslashes escaped, line breaks as spaces. */
	static String quoted(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\s*\\R\\s*", " ") + "\"";
	}
}
