package org.regionet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** Content assist proposes keywords, enum values, cross references with titles, and templates. */
class RegioNetContentAssistTest {

	private static final String MODEL = """
			namespace nrw.aachen
			region Aachen "Region Aachen"
			field Bildung "Aus- und Weiterbildung"
			actor IHK "IHK Aachen" { kind chamber-of-industry }
			actor HWK "Handwerkskammer Aachen"
			""";

	private final Injector injector = IdeInjector.get();

	private List<ContentAssistEntry> proposalsAtEnd(String text) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = TextModels.load(injector, set, "ca.regio", text);
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(injector.getInstance(ExecutorService.class));
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(text.length(), 0), text.length(), resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> entries = new java.util.ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	private static boolean has(List<ContentAssistEntry> entries, String proposal) {
		return entries.stream().anyMatch(e -> proposal.equals(e.getProposal()));
	}

	@Test
	void proposesActorsWithTheirTitlesAfterLead() throws Exception {
		List<ContentAssistEntry> entries = proposalsAtEnd(MODEL + "activity X { fields Bildung lead ");
		ContentAssistEntry ihk = entries.stream().filter(e -> "IHK".equals(e.getProposal())).findFirst().orElseThrow();
		assertTrue(ihk.getDescription().contains("IHK Aachen"), ihk.getDescription());
		assertTrue(has(entries, "HWK"));
		assertTrue(!has(entries, "Aachen") && !has(entries, "Bildung"), "only actors: " + entries);
	}

	@Test
	void proposesEnumValuesAfterKind() throws Exception {
		List<ContentAssistEntry> entries = proposalsAtEnd(MODEL + "actor Neu { kind ");
		assertTrue(has(entries, "job-centre") && has(entries, "chamber-of-crafts"), entries.toString());
	}

	@Test
	void proposesElementKeywordsAndTemplatesAtTopLevel() throws Exception {
		List<ContentAssistEntry> entries = proposalsAtEnd(MODEL);
		assertTrue(has(entries, "activity") && has(entries, "committee") && has(entries, "concept"), entries.toString());
		assertTrue(entries.stream().anyMatch(e -> ContentAssistEntry.KIND_SNIPPET.equals(e.getKind())
				&& e.getProposal().startsWith("actor ${1:Name}")), entries.toString());
	}

	@Test
	void proposesClauseKeywordsInsideAnActivity() throws Exception {
		List<ContentAssistEntry> entries = proposalsAtEnd(MODEL + "activity X { ");
		assertTrue(has(entries, "lead") && has(entries, "partners") && has(entries, "period"), entries.toString());
	}
}
