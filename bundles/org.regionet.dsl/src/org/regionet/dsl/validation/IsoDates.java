package org.regionet.dsl.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Parses the date forms of the language (yyyy, yyyy-mm, yyyy-mm-dd) strictly: 2024-02-30 is rejected.
 */
public final class IsoDates {

	private IsoDates() {
	}

	/** The first day the value denotes, or null if the value is not a real date. */
	public static LocalDate start(String value) {
		return parse(value, true);
	}

	/** The last day the value denotes, or null if the value is not a real date. */
	public static LocalDate end(String value) {
		return parse(value, false);
	}

	/** Why the value is not a date, or null if it is one. */
	public static String problem(String value) {
		if (value == null) {
			return null;
		}
		String[] parts = value.split("-");
		try {
			int year = Integer.parseInt(parts[0]);
			if (year < 1900 || year > 2100) {
				return "year " + year + " is outside 1900..2100";
			}
			if (parts.length >= 2) {
				int month = Integer.parseInt(parts[1]);
				if (month < 1 || month > 12) {
					return "month " + parts[1] + " does not exist";
				}
				if (parts.length == 3) {
					int day = Integer.parseInt(parts[2]);
					YearMonth ym = YearMonth.of(year, month);
					if (day < 1 || day > ym.lengthOfMonth()) {
						return ym + " has no day " + parts[2];
					}
				}
			}
			return parts.length > 3 ? "too many parts" : null;
		} catch (NumberFormatException | DateTimeException e) {
			return "not a date of the form yyyy, yyyy-mm or yyyy-mm-dd";
		}
	}

	private static LocalDate parse(String value, boolean atStart) {
		if (value == null || problem(value) != null) {
			return null;
		}
		String[] parts = value.split("-");
		int year = Integer.parseInt(parts[0]);
		if (parts.length == 1) {
			return atStart ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
		}
		YearMonth ym = YearMonth.of(year, Integer.parseInt(parts[1]));
		if (parts.length == 2) {
			return atStart ? ym.atDay(1) : ym.atEndOfMonth();
		}
		return ym.atDay(Integer.parseInt(parts[2]));
	}
}
