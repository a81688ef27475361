package org.regionet.analysis.internal;

/**
 * Period bounds as comparable ints {@code yyyymmdd}. A bare year or month starts at its
 * first day and ends at its last, and a missing bound is open (unbounded).
 */
public final class Periods {

    public static final int OPEN_START = Integer.MIN_VALUE;
    public static final int OPEN_END = Integer.MAX_VALUE;

    private Periods() {
    }

    /** The first day of {@code date}, or {@link #OPEN_START}; throws on malformed input. */
    public static int start(String date) {
        return parse(date, true);
    }

    /** The last day of {@code date}, or {@link #OPEN_END}; throws on malformed input. */
    public static int end(String date) {
        return parse(date, false);
    }

    public static boolean overlap(int fromA, int toA, int fromB, int toB) {
        return fromA <= toB && fromB <= toA;
    }

    /** Readable form of a bound for evidence. */
    public static String format(int bound) {
        if (bound == OPEN_START || bound == OPEN_END) {
            return "open";
        }
        return String.format("%04d-%02d-%02d", bound / 10000, bound / 100 % 100, bound % 100);
    }

    private static int parse(String date, boolean start) {
        if (date == null || date.isBlank()) {
            return start ? OPEN_START : OPEN_END;
        }
        String d = date.strip();
        String[] parts = d.split("-");
        if (parts.length > 3 || parts[0].length() != 4) {
            throw new IllegalArgumentException("not a date (yyyy, yyyy-mm or yyyy-mm-dd): " + date);
        }
        int year = Integer.parseInt(parts[0]);
        int month = parts.length > 1 ? Integer.parseInt(parts[1]) : start ? 1 : 12;
        int day = parts.length > 2 ? Integer.parseInt(parts[2]) : start ? 1 : 31;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new IllegalArgumentException("not a date (yyyy, yyyy-mm or yyyy-mm-dd): " + date);
        }
        return year * 10000 + month * 100 + day;
    }
}
