package org.regionet.dsl.ide.contentassist;

import java.util.Map;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Adds templates (snippets in LSP syntax) next to the keywords that start an actor, committee, activity or concept.
 */
public class RegioNetContentProposalProvider extends IdeContentProposalProvider {

	/** Keyword → snippet; ${n:…} are tab stops. */
	static final Map<String, String> TEMPLATES = Map.of(
			"actor", "actor ${1:Name} \"${2:Titel}\" {\n\tkind ${3:other}\n\tregion ${4:Region}\n}",
			"committee", "committee ${1:Name} \"${2:Titel}\" {\n\tkind ${3:working-group}\n\tregion ${4:Region}\n"
					+ "\tchair ${5:Vorsitz}\n\tmember ${5:Vorsitz} as chair\n}",
			"activity", "activity ${1:Name} \"${2:Titel}\" {\n\ttype ${3:project}\n\tstatus ${4:planned}\n"
					+ "\tregion ${5:Region}\n\tfields ${6:Handlungsfeld}\n\tlead ${7:Akteur}\n\tperiod ${8:2025} .. ${9:2027}\n}",
			"concept", "concept ${1:Name} \"${2:Handlungskonzept}\" {\n\tkind ${3:action-concept}\n\tregion ${4:Region}\n"
					+ "\tyear ${5:2025}\n\tadopted ${6:2025-01-01} by ${7:Gremium}\n}");

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(keyword, context, acceptor);
		String template = TEMPLATES.get(keyword.getValue());
		if (template != null && isElementStart(keyword)) {
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setPrefix(context.getPrefix());
			entry.setProposal(template);
			entry.setLabel(keyword.getValue() + " …");
			entry.setDescription("template");
			entry.setKind(ContentAssistEntry.KIND_SNIPPET);
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry) + 1);
		}
	}

	/** Only the keyword that opens an element, not 'committee' inside an activity. */
	private static boolean isElementStart(Keyword keyword) {
		var rule = org.eclipse.xtext.GrammarUtil.containingParserRule(keyword);
		return rule != null && rule.getName().equalsIgnoreCase(keyword.getValue())
				&& org.eclipse.xtext.EcoreUtil2.getContainerOfType(keyword, org.eclipse.xtext.Group.class) != null
				&& isFirstElement(keyword);
	}

	private static boolean isFirstElement(Keyword keyword) {
		return keyword.eContainer() instanceof org.eclipse.xtext.Group group && group.getElements().get(0) == keyword;
	}
}
