package org.regionet.diagram.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines no wider than a limit: at spaces, else after hyphens or slashes, else anywhere. Lines
 * beyond the maximum are dropped and the last one ends in an ellipsis; the full text stays in the tooltip.
 */
public final class TextWrapper {

	private static final String ELLIPSIS = "…";

	private TextWrapper() {
	}

	public static List<String> wrap(String text, double maxWidth, FontSpec font, TextMeasurer measurer, int maxLines) {
		List<String> lines = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return lines;
		}
		for (String paragraph : text.strip().split("\\R")) {
			wrapParagraph(paragraph.strip(), maxWidth, font, measurer, lines);
		}
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
			kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), maxWidth, font, measurer));
			return kept;
		}
		return lines;
	}

	private static void wrapParagraph(String paragraph, double maxWidth, FontSpec font, TextMeasurer measurer,
			List<String> lines) {
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" +")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (measurer.width(candidate, font) <= maxWidth) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			for (String piece : splitLongWord(word, maxWidth, font, measurer)) {
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(piece);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
	}

	/**
	 * Pieces of a word that is too wide, preferring breaks after '-' or '/'; elsewhere a hyphen marks the break
	 * (German compounds such as "Gleichstellungsbeauftragte" are common here).
	 */
	private static List<String> splitLongWord(String word, double maxWidth, FontSpec font, TextMeasurer measurer) {
		List<String> pieces = new ArrayList<>();
		String rest = word;
		while (measurer.width(rest, font) > maxWidth && rest.length() > 1) {
			int cut = fittingPrefix(rest, maxWidth - measurer.width("-", font), font, measurer);
			int soft = Math.max(rest.lastIndexOf('-', cut - 1), rest.lastIndexOf('/', cut - 1));
			if (soft > 0 && soft + 1 < rest.length()) {
				pieces.add(rest.substring(0, soft + 1));
				rest = rest.substring(soft + 1);
			} else {
				// keep at least three letters on each side of a hyphen ("Beschäftigungsförde-rung", not "-g")
				cut = Math.max(Math.min(cut, rest.length() - 3), Math.min(3, rest.length() - 1));
				pieces.add(rest.substring(0, cut) + "-");
				rest = rest.substring(cut);
			}
		}
		pieces.add(rest);
		return pieces;
	}

	private static int fittingPrefix(String text, double maxWidth, FontSpec font, TextMeasurer measurer) {
		int cut = 1;
		while (cut < text.length() && measurer.width(text.substring(0, cut + 1), font) <= maxWidth) {
			cut++;
		}
		return cut;
	}

	private static String ellipsize(String line, double maxWidth, FontSpec font, TextMeasurer measurer) {
		String shortened = line;
		while (!shortened.isEmpty() && measurer.width(shortened + ELLIPSIS, font) > maxWidth) {
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened.stripTrailing() + ELLIPSIS;
	}
}
