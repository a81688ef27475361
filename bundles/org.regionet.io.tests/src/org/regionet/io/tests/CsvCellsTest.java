package org.regionet.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regionet.io.report.CsvCells;

/** CSV cells are quoted per RFC 4180 and cannot smuggle formulas into spreadsheets. */
class CsvCellsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
			"plain|plain",
			"=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
			"+1+1|'+1+1",
			"@SUM(A1)|'@SUM(A1)",
			"-0.5|-0.5",
			"-cmd|'-cmd",
			"a,b|\"a,b\"",
			"Köln; Bonn|\"Köln; Bonn\"" })
	void escapes(String input, String expected) {
		assertEquals(expected, CsvCells.escape(input));
	}
}
