package org.regionet.diagram.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.regionet.analysis.AnalysisResult;
import org.regionet.analysis.Finding;

/** The analysis' open findings as the diagram's findings layer wants them: kind literal, short label, elements. */
public final class FindingLinks {

	private FindingLinks() {
	}

	public static List<FindingLink> of(AnalysisResult result) {
		List<FindingLink> links = new ArrayList<>(result.findings().size());
		for (Finding finding : result.findings()) {
			links.add(new FindingLink(finding.kind().getLiteral(), String.format(Locale.ROOT, "%.2f", finding.score()),
					finding.elements()));
		}
		return links;
	}
}
