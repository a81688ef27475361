package org.regionet.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.regionet.analysis.dedupe.CsvReader;

/** A spreadsheet's actor list as model text: names, kinds, lists, quoting and problems at their CSV lines. */
class ActorCsvImportTest {

	private static ActorCsvImport.Result convert(String csv, List<String> imports) {
		return ActorCsvImport.toRegio(CsvReader.read(csv.getBytes(StandardCharsets.UTF_8), "actors.csv"), "nrw.koeln",
				imports, "actors.csv");
	}

	@Test
	void germanColumnsBecomeActorsWithNamesMadeFromTheirTitles() {
		ActorCsvImport.Result result = convert("""
				Bezeichnung;Art;Region;Alias;Kontakt
				IHK Köln;Chamber-Of-Industry;Region_Koeln;"IHK zu Köln; Industrie- und Handelskammer";info@ihk.de
				Stadt Köln;;;;

				Stadt Köln;municipality;nrw.Region_Koeln, nrw.Bonn;;
				""", List.of("nrw"));
		assertEquals(List.of(), result.problems());
		assertEquals(3, result.actors(), "the empty row is skipped");
		assertEquals("""
				namespace nrw.koeln
				import nrw.*

				actor IHK_Koeln "IHK Köln" {
					kind chamber-of-industry
					region Region_Koeln
					alias "IHK zu Köln", "Industrie- und Handelskammer"
					contact "info@ihk.de"
				}

				actor Stadt_Koeln "Stadt Köln"

				actor Stadt_Koeln_2 "Stadt Köln" {
					kind municipality
					region nrw.Region_Koeln, nrw.Bonn
				}
				""", result.text());
		assertEquals(2, result.lineOfCsv().get(4), "actor IHK_Koeln comes from line 2");
		assertEquals(2, result.lineOfCsv().get(6), "its region too");
		assertEquals(3, result.lineOfCsv().get(11));
		assertEquals(5, result.lineOfCsv().get(15), "the region line of the third actor");
	}

	@Test
	void namesAndStringsAreMadeSafe() {
		assertEquals("Verein_Arbeit_Zukunft_e_V", ActorCsvImport.identifier("Verein \"Arbeit & Zukunft\" e.V."));
		assertEquals("Strasse_der_Aerzte", ActorCsvImport.identifier("Straße der Ärzte"));
		assertEquals("Ecole", ActorCsvImport.identifier("École"));
		assertEquals("_1_FC", ActorCsvImport.identifier("1. FC"));
		assertEquals("Akteur", ActorCsvImport.identifier("–"));
		assertEquals("\"a \\\"b\\\" c\\\\d e\"", ActorCsvImport.quoted("a \"b\" c\\d\n e"));
	}

	@Test
	void everyProblemNamesItsLineAndNothingIsProduced() {
		ActorCsvImport.Result result = convert("""
				name,title,kind,regions
				IHK,IHK Köln,chamber,Region_Koeln
				2Stadt,Stadt Köln,,
				IHK,IHK Bonn,,Bonn Stadt
				""", List.of());
		assertNull(result.text());
		assertEquals(List.of(
				"actors.csv:2: unknown kind 'chamber'; use one of employment-agency, job-centre, chamber-of-industry,"
						+ " chamber-of-crafts, employer-association, union, university, municipality, district,"
						+ " regional-agency, ministry, state-agency, economic-development, women-and-work,"
						+ " transition-coordination, education-provider, welfare-organisation, company, network, other",
				"actors.csv:3: name '2Stadt' is no identifier (letters, digits and _, not first a digit)",
				"actors.csv:4: name 'IHK' is used by an earlier row",
				"actors.csv:4: region 'Bonn Stadt' is no name (letters, digits, _ and dots)"), result.problems());
	}

	@Test
	void aListWithoutTitleOrNameOrWithABadNamespaceIsRefused() {
		assertEquals(List.of("actors.csv:1: no column for the title (title, Titel, Bezeichnung) or the name (name,"
				+ " Kurzname)"), convert("kind,regions\nunion,A\n", List.of()).problems());
		assertEquals(List.of("actors.csv: 'nrw koeln' is no namespace (letters, digits, _ and dots)"),
				ActorCsvImport.toRegio(CsvReader.read("title\nA\n".getBytes(StandardCharsets.UTF_8), "actors.csv"),
						"nrw koeln", List.of(), "actors.csv").problems());
	}
}
