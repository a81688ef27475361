package org.regionet.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * The smallest set of whole-line edits that turns one text into another (Myers' O(ND) diff), without the hunks
 * that only add or remove blank lines away from a real change. Used to cut a serializer's output, which may
 * re-serialize and re-space a whole element list, down to what actually changed.
 */
public final class LineDiff {

	private LineDiff() {
	}

	public static List<TextEdit> edits(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		List<int[]> hunks = hunks(a, b);
		List<int[]> substantial = hunks.stream().filter(h -> !blankOnly(a, b, h)).toList();
		List<TextEdit> edits = new ArrayList<>();
		int[] offsets = offsets(a);
		for (int[] h : hunks) {
			if (blankOnly(a, b, h) && substantial.stream().noneMatch(s -> s[1] == h[0] || h[1] == s[0])) {
				continue;
			}
			StringBuilder text = new StringBuilder();
			for (int j = h[2]; j < h[3]; j++) {
				text.append(b.get(j));
			}
			edits.add(new TextEdit(offsets[h[0]], offsets[h[1]] - offsets[h[0]], text.toString()));
		}
		return edits;
	}

	/** Lines with their line ends, so joining them gives the text back. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines.add(text.substring(start, i + 1));
				start = i + 1;
			}
		}
		if (start < text.length()) {
			lines.add(text.substring(start));
		}
		return lines;
	}

	private static int[] offsets(List<String> lines) {
		int[] offsets = new int[lines.size() + 1];
		for (int i = 0; i < lines.size(); i++) {
			offsets[i + 1] = offsets[i] + lines.get(i).length();
		}
		return offsets;
	}

	private static boolean blankOnly(List<String> a, List<String> b, int[] h) {
		for (int i = h[0]; i < h[1]; i++) {
			if (!a.get(i).isBlank()) {
				return false;
			}
		}
		for (int j = h[2]; j < h[3]; j++) {
			if (!b.get(j).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** Hunks as {fromA, toA, fromB, toB}: lines [fromA, toA) of a are replaced by lines [fromB, toB) of b. */
	static List<int[]> hunks(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int max = n + m;
		int[] v = new int[2 * max + 2];
		List<int[]> trace = new ArrayList<>();
		int found = -1;
		for (int d = 0; d <= max && found < 0; d++) {
			trace.add(v.clone());
			for (int k = -d; k <= d; k += 2) {
				int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
				int y = x - k;
				while (x < n && y < m && a.get(x).equals(b.get(y))) {
					x++;
					y++;
				}
				v[max + k] = x;
				if (x >= n && y >= m) {
					found = d;
					break;
				}
			}
		}
		// walk back through the trace, collecting the matched line pairs (the diagonals) from the end
		List<int[]> matches = new ArrayList<>();
		int x = n;
		int y = m;
		for (int d = found; d > 0; d--) {
			int[] previous = trace.get(d);
			int k = x - y;
			int prevK = k == -d || (k != d && previous[max + k - 1] < previous[max + k + 1]) ? k + 1 : k - 1;
			int prevX = previous[max + prevK];
			int prevY = prevX - prevK;
			while (x > prevX && y > prevY) {
				matches.add(new int[] {--x, --y});
			}
			x = prevX;
			y = prevY;
		}
		while (x > 0 && y > 0) {
			matches.add(new int[] {--x, --y});
		}
		java.util.Collections.reverse(matches);
		List<int[]> hunks = new ArrayList<>();
		int nextA = 0;
		int nextB = 0;
		for (int[] match : matches) {
			if (match[0] > nextA || match[1] > nextB) {
				hunks.add(new int[] {nextA, match[0], nextB, match[1]});
			}
			nextA = match[0] + 1;
			nextB = match[1] + 1;
		}
		if (nextA < n || nextB < m) {
			hunks.add(new int[] {nextA, n, nextB, m});
		}
		return hunks;
	}
}
