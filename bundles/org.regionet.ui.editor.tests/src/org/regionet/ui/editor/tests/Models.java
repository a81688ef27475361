package org.regionet.ui.editor.tests;

/** Small model texts shared by the tests. */
final class Models {

	static final String NRW = """
			namespace nrw

			region Aachen "Region Aachen"

			field Bildung "Aus- und Weiterbildung" {
				description "Handlungsfeld der Fachkräfteoffensive."
			}

			actor IHK "IHK Aachen" {
				kind chamber-of-industry
				region Aachen
			}
			""";

	static final String AACHEN = """
			namespace nrw.aachen
			import nrw.*

			/* Akteure
			   der Region */
			actor RA "Regionalagentur" {
				kind regional-agency
				region Aachen
			}

			committee K "Lenkungskreis" {
				chair RA
				member IHK
			}

			activity Summit "Fachkräfte-Summit" {
				fields Bildung
				lead IHK
				partners RA
				period 2023-02 .. 2023-03
			}
			""";

	private Models() {
	}
}
