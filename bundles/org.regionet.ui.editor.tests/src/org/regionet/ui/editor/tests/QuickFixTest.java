package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.edit.DocumentEdits;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.model.Analyzer;
import org.regionet.ui.editor.internal.problems.FixComputer;
import org.regionet.ui.editor.internal.problems.Problem;
import org.regionet.ui.editor.internal.problems.QuickFix;
import org.regionet.ui.editor.internal.problems.QuickFixes;

/** Quick fixes become minimal text edits that keep comments; the model is parsed again afterwards. */
class QuickFixTest {

	private static Problem problem(String code, String... data) {
		return new Problem(IMarker.SEVERITY_ERROR, "m", 1, 0, 0, code, List.of(data));
	}

	@Test
	void fixesAreOfferedByIssueCode() {
		assertEquals("Create actor 'X'", QuickFixes.of(problem(Diagnostic.LINKING_DIAGNOSTIC, "X", "Actor")).get(0).label());
		assertTrue(QuickFixes.of(problem(Diagnostic.LINKING_DIAGNOSTIC, "X", "Region")).isEmpty(), "only actors");
		assertTrue(QuickFixes.of(problem(Diagnostic.LINKING_DIAGNOSTIC, "nrw.X", "Actor")).isEmpty(), "a simple name");
		assertEquals("Add chair 'RA' as a member", QuickFixes.of(problem(IssueCodes.CHAIR_NOT_MEMBER, "RA")).get(0).label());
		assertTrue(QuickFixes.of(problem(IssueCodes.INVALID_DATE, "2023-13")).isEmpty());
	}

	private static String fix(String text, String code) throws Exception {
		MemoryProject project = new MemoryProject().file("nrw.regio", Models.NRW).file("aachen.regio", text);
		Analyzer analyzer = new Analyzer(LanguageServices.injector());
		Problem problem = project.read("aachen.regio", resource -> analyzer.problems(resource, () -> false)).stream()
				.filter(p -> code.equals(p.code())).findFirst().orElseThrow();
		QuickFix fix = QuickFixes.of(problem).get(0);
		List<TextEdit> edits = project.read("aachen.regio", resource -> {
			List<TextEdit> result = FixComputer.compute(LanguageServices.injector(), resource, problem.start(), fix);
			project.model.modelChangedBehindText(MemoryProject.uri("aachen.regio"));
			return result;
		});
		String fixed = DocumentEdits.applyTo(text, edits);
		// The model follows the fixed text, not the edited objects.
		assertFalse(project.read("aachen.regio", fixed, MemoryProject::codes).contains(code));
		return fixed;
	}

	@Test
	void addingTheChairAsMemberKeepsTheRestOfTheText() throws Exception {
		String fixed = fix(Models.AACHEN, IssueCodes.CHAIR_NOT_MEMBER);
		assertTrue(fixed.contains("\tchair RA\n\tmember RA as chair\n\tmember IHK\n"), fixed);
		assertTrue(fixed.contains("/* Akteure\n   der Region */"), fixed);
	}

	@Test
	void aMissingActorIsDeclaredAfterTheLastActor() throws Exception {
		String text = Models.AACHEN.replace("partners RA", "partners RA, Unbekannt");
		String fixed = fix(text, Diagnostic.LINKING_DIAGNOSTIC);
		assertTrue(fixed.indexOf("actor Unbekannt") > fixed.indexOf("actor RA")
				&& fixed.indexOf("actor Unbekannt") < fixed.indexOf("committee K"), fixed);
		assertEquals(text, fixed.replaceFirst("\\s*actor Unbekannt[^}]*\\}", ""));
	}
}
