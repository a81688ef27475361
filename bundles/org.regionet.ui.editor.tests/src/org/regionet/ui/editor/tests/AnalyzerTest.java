package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.ide.highlighting.HighlightingStyles;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.edit.FoldingRegions.Fold;
import org.regionet.ui.editor.internal.highlight.StyledRegion;
import org.regionet.ui.editor.internal.model.Analysis;
import org.regionet.ui.editor.internal.model.Analyzer;
import org.regionet.ui.editor.internal.outline.OutlineNode;
import org.regionet.ui.editor.internal.outline.OutlineNode.Kind;
import org.regionet.ui.editor.internal.problems.Problem;

/** One reconcile yields problems with their ranges, semantic highlighting, folds and the outline. */
class AnalyzerTest {

	private final Analyzer analyzer = new Analyzer(LanguageServices.injector());

	private Analysis analyze(String text) throws Exception {
		MemoryProject project = new MemoryProject().file("nrw.regio", Models.NRW).file("aachen.regio", text);
		return project.read("aachen.regio", resource -> analyzer.analyze(resource, 42, () -> false));
	}

	@Test
	void problemsCarrySeverityRangeLineAndCode() throws Exception {
		String text = Models.AACHEN;
		Analysis analysis = analyze(text);
		assertEquals(42, analysis.stamp());
		Problem chair = analysis.problems().stream().filter(p -> IssueCodes.CHAIR_NOT_MEMBER.equals(p.code()))
				.findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, chair.severity());
		assertEquals("RA", text.substring(chair.start(), chair.end()));
		assertEquals(text.substring(0, chair.start()).split("\n", -1).length, chair.line());
		assertEquals(List.of("RA"), chair.data());
	}

	@Test
	void syntaxErrorsAreProblemsToo() throws Exception {
		Analysis analysis = analyze(Models.AACHEN + "actor {");
		assertTrue(analysis.problems().stream().anyMatch(p -> p.severity() == IMarker.SEVERITY_ERROR
				&& p.code() != null && p.code().contains("Syntax")), analysis.problems().toString());
	}

	@Test
	void semanticHighlightingColoursReferencesByKind() throws Exception {
		String text = Models.AACHEN;
		Analysis analysis = analyze(text);
		assertEquals(HighlightingStyles.ACTOR, styleAt(analysis, text, text.indexOf("lead IHK") + 5));
		assertEquals(HighlightingStyles.FIELD, styleAt(analysis, text, text.indexOf("fields Bildung") + 7));
		assertEquals(HighlightingStyles.DECLARATION, styleAt(analysis, text, text.indexOf("Summit")));
		assertEquals(HighlightingStyles.ENUM_VALUE, styleAt(analysis, text, text.indexOf("regional-agency")));
		assertEquals(HighlightingStyles.DATE, styleAt(analysis, text, text.indexOf("2023-02")));
	}

	private static String styleAt(Analysis analysis, String text, int offset) {
		for (StyledRegion region : analysis.highlights()) {
			if (region.offset() <= offset && offset < region.end()) {
				return region.style();
			}
		}
		return null;
	}

	@Test
	void blocksAndBlockCommentsFoldAsWholeLines() throws Exception {
		String text = Models.AACHEN;
		Analysis analysis = analyze(text);
		List<String> folded = analysis.folds().stream().map(f -> text.substring(f.offset(), f.offset() + f.length()))
				.toList();
		assertTrue(folded.contains("/* Akteure\n   der Region */\n"), folded.toString());
		assertTrue(folded.contains("committee K \"Lenkungskreis\" {\n\tchair RA\n\tmember IHK\n}\n"), folded.toString());
		for (Fold fold : analysis.folds()) {
			assertTrue(fold.offset() == 0 || text.charAt(fold.offset() - 1) == '\n', "starts a line: " + fold);
		}
	}

	@Test
	void outlineListsElementsWithTitlesAndCommitteeMembers() throws Exception {
		String text = Models.AACHEN;
		List<OutlineNode> outline = analyze(text).outline();
		assertEquals(List.of(Kind.NAMESPACE, Kind.ACTOR, Kind.COMMITTEE, Kind.ACTIVITY),
				outline.stream().map(OutlineNode::kind).toList());
		OutlineNode committee = outline.get(2);
		assertEquals("K", committee.label());
		assertEquals("Lenkungskreis", committee.detail());
		assertEquals(List.of("IHK"), committee.children().stream().map(OutlineNode::label).toList());
		assertEquals("K", text.substring(committee.selectionOffset(),
				committee.selectionOffset() + committee.selectionLength()));
		assertEquals("nrw.aachen", outline.get(0).label());
		assertEquals(List.of("nrw.*"), outline.get(0).children().stream().map(OutlineNode::label).toList());
		// The caret on the member line selects the member, on the activity's lead the activity.
		assertEquals(Kind.MEMBER, OutlineNode.innermostAt(outline, text.indexOf("member IHK") + 3).kind());
		assertEquals("Summit", OutlineNode.innermostAt(outline, text.indexOf("lead IHK")).label());
		assertEquals(List.of(committee, committee.children().get(0)),
				OutlineNode.pathTo(outline, committee.children().get(0)));
	}
}
