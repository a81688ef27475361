package org.regionet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.ide.highlighting.HighlightingStyles;

import com.google.inject.Injector;

/** Semantic highlighting marks every value of multi-valued references, declarations and dates. */
class RegioNetHighlightingTest {

	@Test
	void highlightsEachPartnerDeclarationAndDate() throws Exception {
		Injector injector = IdeInjector.get();
		String text = "namespace n\nfield F\nactor A\nactor B\nactivity X { fields F lead A partners A, B period 2024-01 .. 2025 }\n";
		XtextResource resource = TextModels.load(injector, injector.getInstance(XtextResourceSet.class), "h.regio", text);
		Map<String, String> styles = new HashMap<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> styles.put(offset + ":" + text.substring(offset, offset + length), ids[0]),
				CancelIndicator.NullImpl);
		int partners = text.indexOf("partners A, B");
		assertEquals(HighlightingStyles.ACTOR, styles.get((partners + 9) + ":A"));
		assertEquals(HighlightingStyles.ACTOR, styles.get((partners + 12) + ":B"));
		assertEquals(HighlightingStyles.FIELD, styles.get(text.indexOf("fields F") + 7 + ":F"));
		assertEquals(HighlightingStyles.DECLARATION, styles.get(text.indexOf("activity X") + 9 + ":X"));
		assertEquals(HighlightingStyles.DATE, styles.get(text.indexOf("2024-01") + ":2024-01"));
	}
}
