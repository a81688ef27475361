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
import org.regionet.ui.editor.internal.Messages;
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
		assertEquals(List.of("Change to 'IHK'", "Change to 'nrw.IHK_Koeln'", "Create actor 'IHJ'"),
				QuickFixes.of(problem(Diagnostic.LINKING_DIAGNOSTIC, "IHJ", "Actor", "IHK", "nrw.IHK_Koeln")).stream()
						.map(QuickFix::label).toList());
		assertEquals(List.of("Merge actor 'nrw.IHK' into this one", "Accept: not a duplicate"),
				QuickFixes.of(problem(IssueCodes.ALIAS_CLASH, "IHK Aachen", "nrw.IHK")).stream().map(QuickFix::label)
						.toList());
	}

	@Test
	void aMisspeltReferenceIsChangedToTheClosestNameKeepingComments() throws Exception {
		String text = Models.AACHEN.replace("lead IHK", "lead IHJ // die Kammer");
		String fixed = fix(text, Diagnostic.LINKING_DIAGNOSTIC, "Change to 'IHK'");
		assertEquals(Models.AACHEN.replace("lead IHK", "lead IHK // die Kammer"), fixed);
	}

	@Test
	void aMisspeltEntryOfAListIsChanged() throws Exception {
		String text = Models.AACHEN.replace("fields Bildung", "fields bildung");
		assertEquals(Models.AACHEN, fix(text, Diagnostic.LINKING_DIAGNOSTIC, "Change to 'Bildung'"));
		text = Models.AACHEN.replace("partners RA", "partners RA, IHL");
		assertEquals(Models.AACHEN.replace("partners RA", "partners RA, IHK"),
				fix(text, Diagnostic.LINKING_DIAGNOSTIC, "Change to 'IHK'"));
	}

	@Test
	void aNameOfAnotherNamespaceIsWrittenQualified() throws Exception {
		String text = Models.AACHEN.replace("import nrw.*\n", "").replace("region Aachen", "region nrw.Aachen")
				.replace("fields Bildung", "fields nrw.Bildung")
				.replace("member IHK", "member nrw.IHK").replace("lead IHK", "lead IHKK");
		String fixed = fix(text, Diagnostic.LINKING_DIAGNOSTIC, "Change to 'nrw.IHK'");
		assertEquals(text.replace("lead IHKK", "lead nrw.IHK"), fixed);
	}

	@Test
	void acceptingAPossibleDuplicateAppendsASuppression() throws Exception {
		String text = """
				namespace nrw.aachen
				import nrw.*

				// maybe the chamber again
				actor Kammer "Kammer Aachen" {
					alias "IHK Aachen" // as the press writes it
				}
				""";
		String fixed = fix(text, IssueCodes.ALIAS_CLASH, "Accept: not a duplicate");
		// An insertion at the end; names as written from this file.
		assertEquals(text + "accept duplicate-actor Kammer, IHK \"" + Messages.QuickFix_acceptDuplicate_reason
				+ "\"\n", fixed);
	}

	private static String fix(String text, String code) throws Exception {
		return fix(text, code, null);
	}

	/** Applies the fix labelled {@code label} (or the first) of the first problem with the code. */
	private static String fix(String text, String code, String label) throws Exception {
		MemoryProject project = new MemoryProject().file("nrw.regio", Models.NRW).file("aachen.regio", text);
		Analyzer analyzer = new Analyzer(LanguageServices.injector());
		Problem problem = project.read("aachen.regio", resource -> analyzer.problems(resource, () -> false)).stream()
				.filter(p -> code.equals(p.code())).findFirst().orElseThrow();
		List<QuickFix> fixes = QuickFixes.of(problem);
		QuickFix fix = label == null ? fixes.get(0)
				: fixes.stream().filter(f -> label.equals(f.label())).findFirst()
						.orElseThrow(() -> new AssertionError(label + " not in " + fixes.stream().map(QuickFix::label).toList()));
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
