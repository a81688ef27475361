package org.regionet.ui.editor.internal.highlight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Runs the language's semantic highlighting calculator and returns its positions sorted and without overlaps, the
 * form a text presentation needs.
 */
public final class SemanticHighlights {

	private SemanticHighlights() {
	}

	public static List<StyledRegion> compute(XtextResource resource, ISemanticHighlightingCalculator calculator,
			CancelIndicator cancel) {
		List<StyledRegion> regions = new ArrayList<>();
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
			if (length > 0 && ids.length > 0) {
				// The last id is the most specific one.
				regions.add(new StyledRegion(offset, length, ids[ids.length - 1]));
			}
		}, cancel);
		return withoutOverlaps(regions);
	}

	/** Sorted by offset; where two regions overlap the earlier one wins, the later one is cut or dropped. */
	public static List<StyledRegion> withoutOverlaps(List<StyledRegion> regions) {
		List<StyledRegion> sorted = new ArrayList<>(regions);
		sorted.sort(Comparator.comparingInt(StyledRegion::offset).thenComparingInt(StyledRegion::length));
		List<StyledRegion> result = new ArrayList<>(sorted.size());
		int end = 0;
		for (StyledRegion region : sorted) {
			if (region.end() <= end) {
				continue;
			}
			if (region.offset() < end) {
				region = new StyledRegion(end, region.end() - end, region.style());
			}
			result.add(region);
			end = region.end();
		}
		return result;
	}

	/**
	 * The smallest range of text whose styles differ between two sorted lists, as {offset, length}, or
	 * {@code null} when they are equal; only this range needs to be painted again.
	 */
	public static int[] changedRange(List<StyledRegion> before, List<StyledRegion> after) {
		int head = 0;
		int min = Math.min(before.size(), after.size());
		while (head < min && before.get(head).equals(after.get(head))) {
			head++;
		}
		if (head == before.size() && head == after.size()) {
			return null;
		}
		int tailBefore = before.size() - 1;
		int tailAfter = after.size() - 1;
		while (tailBefore >= head && tailAfter >= head && before.get(tailBefore).equals(after.get(tailAfter))) {
			tailBefore--;
			tailAfter--;
		}
		int start = Integer.MAX_VALUE;
		int end = 0;
		if (head < before.size()) {
			start = Math.min(start, before.get(head).offset());
		}
		if (head < after.size()) {
			start = Math.min(start, after.get(head).offset());
		}
		if (tailBefore >= head) {
			end = Math.max(end, before.get(tailBefore).end());
		}
		if (tailAfter >= head) {
			end = Math.max(end, after.get(tailAfter).end());
		}
		return new int[] { start, Math.max(0, end - start) };
	}
}
