package org.regionet.io.report;

/**
 * Quoting of CSV cells (RFC 4180) with protection against formula injection: a cell that a spreadsheet would
 * evaluate (starting with = + - @, tab or carriage return) is prefixed with an apostrophe.
 */
public final class CsvCells {

	private CsvCells() {
	}

	public static String escape(String value) {
		String cell = value == null ? "" : value;
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)) {
			cell = "'" + cell;
		}
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
				|| cell.contains(";")) {
			cell = "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

	/** A negative number such as -0.5 is data, not a formula. */
	private static boolean isNumber(String cell) {
		return cell.matches("[-+]?\\d+(\\.\\d+)?");
	}
}
