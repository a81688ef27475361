package org.regionet.ui.editor.internal.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Asks the language's IDE content assist for the entries at an offset: keywords, references with titles, enum
 * values and templates, best first and without duplicates.
 */
public final class ContentAssistService {

	private final Injector injector;

	public ContentAssistService(Injector injector) {
		this.injector = injector;
	}

	/** The entries at {@code offset} of {@code text}; {@code resource} must be in sync with {@code text}. */
	public List<ContentAssistEntry> entries(XtextResource resource, String text, int offset, CancelIndicator cancel) {
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(injector.getInstance(ExecutorService.class));
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		acceptor.setCancelIndicator(cancel);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		Map<String, ContentAssistEntry> unique = new LinkedHashMap<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			unique.putIfAbsent(entry.getKind() + "|" + entry.getProposal() + "|" + entry.getPrefix(), entry);
		}
		return new ArrayList<>(unique.values());
	}
}
