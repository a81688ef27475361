package org.regionet.dsl.ide.contentassist;

import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.regionet.dsl.resource.RegioNetResourceDescriptionStrategy;
import org.regionet.model.Element;

/**
 * Shows the German title next to each proposed name, since IDs such as {@code AA_Aachen_Dueren} are terse.
 */
public class RegioNetCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			String title = candidate.getUserData(RegioNetResourceDescriptionStrategy.TITLE);
			// Local scopes describe elements of the same file without user data, but hold the element itself.
			if (title == null && candidate.getEObjectOrProxy() instanceof Element element && !element.eIsProxy()) {
				title = element.getTitle();
			}
			String kind = candidate.getEClass().getName();
			entry.setDescription(title == null ? kind : title + " (" + kind + ")");
		}
		return entry;
	}
}
