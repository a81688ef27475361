package org.regionet.dsl.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.osgi.util.NLS;

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
				return NLS.bind(Messages.Date_yearRange, String.valueOf(year));
			}
			if (parts.length >= 2) {
				int month = Integer.parseInt(parts[1]);
				if (month < 1 || month > 12) {
					return NLS.bind(Messages.Date_noMonth, parts[1]);
				}
				if (parts.length == 3) {
					int day = Integer.parseInt(parts[2]);
					YearMonth ym = YearMonth.of(year, month);
					if (day < 1 || day > ym.lengthOfMonth()) {
						return NLS.bind(Messages.Date_noDay, ym, parts[2]);
					}
				}
			}
			return parts.length > 3 ? Messages.Date_tooManyParts : null;
		} catch (NumberFormatException | DateTimeException e) {
			return Messages.Date_form;
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
