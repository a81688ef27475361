package org.regionet.ui.editor.internal.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A template in the LSP snippet syntax of the content assist ({@code ${1:Name}}, {@code $2}, {@code $0}) turned into
 * plain text plus its tab stops. Tab stops with the same number are edited together.
 *
 * @param text the text to insert
 * @param stops tab stops by number in ascending order; each holds the ranges of that number in {@code text}
 * @param exit where the caret goes at the end ({@code $0}), or the end of the text
 */
public record Snippet(String text, List<TabStop> stops, int exit) {

	/** One numbered tab stop and the places where it occurs. */
	public record TabStop(int number, List<int[]> ranges) {
	}

	/**
	 * Parses {@code template}; every line break is followed by {@code indent}, so a template inserted inside an
	 * indented block keeps its shape.
	 */
	public static Snippet parse(String template, String indent) {
		StringBuilder out = new StringBuilder();
		TreeMap<Integer, List<int[]>> stops = new TreeMap<>();
		int exit = -1;
		int i = 0;
		while (i < template.length()) {
			char c = template.charAt(i);
			if (c == '\\' && i + 1 < template.length() && "$}\\".indexOf(template.charAt(i + 1)) >= 0) {
				out.append(template.charAt(i + 1));
				i += 2;
			} else if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
				int end = digitsEnd(template, i + 1);
				int number = Integer.parseInt(template.substring(i + 1, end));
				exit = record(stops, number, out.length(), 0, exit);
				i = end;
			} else if (c == '$' && template.startsWith("{", i + 1) && i + 2 < template.length()
					&& Character.isDigit(template.charAt(i + 2))) {
				int end = digitsEnd(template, i + 2);
				int number = Integer.parseInt(template.substring(i + 2, end));
				int close = closingBrace(template, end);
				String placeholder = end < close && template.charAt(end) == ':' ? unescape(template.substring(end + 1, close)) : "";
				int start = out.length();
				appendIndented(out, placeholder, indent);
				exit = record(stops, number, start, out.length() - start, exit);
				i = close + 1;
			} else {
				appendIndented(out, String.valueOf(c), indent);
				i++;
			}
		}
		List<TabStop> result = new ArrayList<>();
		stops.forEach((number, ranges) -> result.add(new TabStop(number, List.copyOf(ranges))));
		return new Snippet(out.toString(), List.copyOf(result), exit < 0 ? out.length() : exit);
	}

	/** Records a tab stop; {@code $0} is the exit position, not a stop. Returns the exit position. */
	private static int record(TreeMap<Integer, List<int[]>> stops, int number, int offset, int length, int exit) {
		if (number == 0) {
			return offset;
		}
		stops.computeIfAbsent(number, n -> new ArrayList<>()).add(new int[] { offset, length });
		return exit;
	}

	private static int digitsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && Character.isDigit(s.charAt(end))) {
			end++;
		}
		return end;
	}

	private static int closingBrace(String s, int from) {
		for (int i = from; i < s.length(); i++) {
			if (s.charAt(i) == '\\') {
				i++;
			} else if (s.charAt(i) == '}') {
				return i;
			}
		}
		return s.length() - 1;
	}

	private static String unescape(String s) {
		return s.replaceAll("\\\\([$}\\\\])", "$1");
	}

	private static void appendIndented(StringBuilder out, String s, String indent) {
		for (int k = 0; k < s.length(); k++) {
			out.append(s.charAt(k));
			if (s.charAt(k) == '\n') {
				out.append(indent);
			}
		}
	}

	/** The first tab stop's first range as {offset, length}, or the exit position. */
	public int[] firstSelection() {
		return stops.isEmpty() ? new int[] { exit, 0 } : stops.get(0).ranges().get(0);
	}
}
