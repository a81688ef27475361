package org.regionet.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.regionet.dsl.ide.contentassist.RegioNetContentProposalProvider;
import org.regionet.dsl.ide.contentassist.RegioNetCrossrefProposalProvider;
import org.regionet.dsl.ide.highlighting.RegioNetSemanticHighlightingCalculator;
import org.regionet.dsl.ide.quickfix.RegioNetQuickfixProvider;

/**
 * IDE services of the RegioNet language, used in-process by the workbench editor and by the language server.
 */
public class RegioNetIdeModule extends AbstractRegioNetIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return RegioNetSemanticHighlightingCalculator.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return RegioNetContentProposalProvider.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return RegioNetCrossrefProposalProvider.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return RegioNetQuickfixProvider.class;
	}
}
