package org.regionet.ui.editor.internal.assist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.regionet.dsl.resource.RegioNetResourceDescriptionStrategy;
import org.regionet.model.Element;
import org.regionet.ui.editor.internal.ElementKinds;
import org.regionet.ui.editor.internal.Messages;

/**
 * Turns content assist entries into JFace proposals matching the typed prefix: templates become snippet proposals with tab stops, references
 * show the element's title and translated kind. Runs while the model is locked, since a reference to an element of
 * the same file reads the title from the element itself.
 */
public final class Proposals {

	private Proposals() {
	}

	/**
	 * @param text the document text the entries were computed for; proposals that do not match what the user
	 *            typed before {@code offset} are left out (templates match by their keyword)
	 */
	public static List<ICompletionProposal> of(List<ContentAssistEntry> entries, String text, int offset) {
		List<ICompletionProposal> proposals = new ArrayList<>(entries.size());
		// Scoping offers an element under its simple and its partly qualified name; the shortest one is enough.
		Map<URI, Integer> shortestByTarget = new HashMap<>();
		for (ContentAssistEntry entry : entries) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			int start = Math.max(0, offset - prefix.length());
			if (entry.getProposal() == null || entry.getProposal().isEmpty()) {
				continue;
			}
			EntryProposal proposal;
			if (ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind())) {
				proposal = new SnippetProposal(entry.getProposal(), entry.getLabel(), Messages.Proposal_template, start,
						prefix.length(), null);
			} else {
				proposal = new EntryProposal(entry.getProposal(), entry.getLabel(), description(entry), start,
						prefix.length(), null);
			}
			if (!proposal.matches(text.substring(start, Math.min(offset, text.length())))) {
				continue;
			}
			URI target = entry.getSource() instanceof IEObjectDescription candidate ? candidate.getEObjectURI() : null;
			Integer seen = target == null ? null : shortestByTarget.get(target);
			if (seen == null) {
				if (target != null) {
					shortestByTarget.put(target, proposals.size());
				}
				proposals.add(proposal);
			} else if (proposal.text().length() < ((EntryProposal) proposals.get(seen)).text().length()) {
				proposals.set(seen, proposal);
			}
		}
		return proposals;
	}

	static String description(ContentAssistEntry entry) {
		if (entry.getSource() instanceof IEObjectDescription candidate) {
			String title = candidate.getUserData(RegioNetResourceDescriptionStrategy.TITLE);
			if (title == null && candidate.getEObjectOrProxy() instanceof Element element && !element.eIsProxy()) {
				title = element.getTitle();
			}
			String kind = ElementKinds.label(candidate.getEClass());
			return title == null ? kind : title + " (" + kind + ")";
		}
		if (ContentAssistEntry.KIND_KEYWORD.equals(entry.getKind())) {
			return null;
		}
		return entry.getDescription();
	}
}
