package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.IGrammarAccess;
import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.assist.ContentAssistService;
import org.regionet.ui.editor.internal.assist.EntryProposal;
import org.regionet.ui.editor.internal.assist.Proposals;
import org.regionet.ui.editor.internal.assist.ReferenceKeywords;
import org.regionet.ui.editor.internal.assist.Snippet;
import org.regionet.ui.editor.internal.assist.SnippetProposal;

/** Content assist entries become JFace proposals: names with titles, enum values, and templates with tab stops. */
class ContentAssistTest {

	private static final String OPEN = Models.AACHEN + "\nactivity Neu {\n\tfields Bildung\n\t";

	private static List<ICompletionProposal> proposals(String text) throws Exception {
		MemoryProject project = new MemoryProject().file("nrw.regio", Models.NRW).file("aachen.regio", Models.AACHEN);
		ContentAssistService service = new ContentAssistService(LanguageServices.injector());
		return project.read("aachen.regio", text,
				resource -> Proposals.of(service.entries(resource, text, text.length(), () -> false), text, text.length()));
	}

	private static EntryProposal find(List<ICompletionProposal> proposals, String display) {
		return (EntryProposal) proposals.stream().filter(p -> p.getDisplayString().startsWith(display)).findFirst()
				.orElse(null);
	}

	@Test
	void actorsOfOtherFilesAreProposedWithTitleAndKind() throws Exception {
		List<ICompletionProposal> proposals = proposals(OPEN + "lead ");
		EntryProposal ihk = find(proposals, "IHK ");
		assertNotNull(ihk, proposals.toString());
		assertEquals("IHK – IHK Aachen (Actor)", ihk.getDisplayString());
		assertNotNull(find(proposals, "RA "));
		assertTrue(proposals.stream().noneMatch(p -> p.getDisplayString().startsWith("Aachen ")), "only actors");
		// Each actor once, under its shortest name.
		assertEquals(1, proposals.stream().filter(p -> p.getDisplayString().contains("IHK Aachen")).count());
	}

	@Test
	void aTypedPrefixFiltersAndIsReplaced() throws Exception {
		String text = OPEN + "lead IH";
		List<ICompletionProposal> proposals = proposals(text);
		assertEquals(1, proposals.size(), proposals.toString());
		Document document = new Document(text);
		proposals.get(0).apply(document);
		assertEquals(OPEN + "lead IHK", document.get());
		assertEquals(document.getLength(), proposals.get(0).getSelection(document).x);
	}

	@Test
	void proposalsStayWhileTypingMatches() throws Exception {
		String text = OPEN + "lead ";
		EntryProposal ihk = find(proposals(text), "IHK ");
		Document document = new Document(text + "ih");
		assertTrue(ihk.validate(document, document.getLength(), null));
		document.set(text + "x");
		assertFalse(ihk.validate(document, document.getLength(), null));
	}

	@Test
	void enumValuesFollowKind() throws Exception {
		List<ICompletionProposal> proposals = proposals(Models.AACHEN + "actor Neu { kind job");
		assertEquals(List.of("job-centre"), proposals.stream().map(ICompletionProposal::getDisplayString).toList());
	}

	@Test
	void templatesAreOfferedForTheirKeyword() throws Exception {
		List<ICompletionProposal> proposals = proposals(Models.AACHEN + "\ncom");
		SnippetProposal template = proposals.stream().filter(SnippetProposal.class::isInstance)
				.map(SnippetProposal.class::cast).findFirst().orElseThrow();
		assertEquals("committee … – template", template.getDisplayString());
		assertTrue(proposals.stream().noneMatch(p -> p.getDisplayString().startsWith("actor")), "filtered by prefix");
		Document document = new Document(Models.AACHEN + "\ncom");
		template.apply(document);
		assertTrue(document.get().endsWith("\ncommittee Name \"Titel\" {\n\tkind working-group\n\tregion Region\n"
				+ "\tchair Vorsitz\n\tmember Vorsitz as chair\n}"), document.get());
		int start = Models.AACHEN.length() + 1;
		assertEquals(start + "committee ".length(), template.getSelection(document).x);
		assertEquals("Name".length(), template.getSelection(document).y);
	}

	@Test
	void snippetsKeepTheirTabStopsLinkedAndIndentNewLines() {
		Snippet snippet = Snippet.parse("a ${1:X} {\n\tb ${2:Y} ${1:X} \\$3\n}$0", "  ");
		assertEquals("a X {\n  \tb Y X $3\n  }", snippet.text());
		assertEquals(2, snippet.stops().size());
		assertEquals(1, snippet.stops().get(0).number());
		assertEquals(2, snippet.stops().get(0).ranges().size());
		int[] second = snippet.stops().get(0).ranges().get(1);
		assertEquals("X", snippet.text().substring(second[0], second[0] + second[1]));
		assertEquals(snippet.text().length(), snippet.exit());
		assertEquals(List.of(2, 1), List.of(snippet.firstSelection()[0], snippet.firstSelection()[1]));
		Snippet plain = Snippet.parse("x $1 y", "");
		assertEquals("x  y", plain.text());
		assertEquals(2, plain.stops().get(0).ranges().get(0)[0]);
	}

	@Test
	void assistOpensAfterKeywordsThatExpectAName() {
		Set<String> keywords = ReferenceKeywords
				.of(LanguageServices.injector().getInstance(IGrammarAccess.class).getGrammar());
		assertTrue(keywords.containsAll(Set.of("lead", "partners", "kind", "chair", "member", "fields", "as")),
				keywords.toString());
		// 'region' and 'committee' also start declarations, 'on' also precedes a date.
		assertFalse(keywords.contains("region") || keywords.contains("committee") || keywords.contains("on")
				|| keywords.contains("actor"), keywords.toString());
	}
}
