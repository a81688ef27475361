package org.regionet.ui.editor.internal;

import java.util.function.Supplier;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.regionet.ui.editor.internal.assist.RegioCompletionProcessor;
import org.regionet.ui.editor.internal.highlight.AntlrTokenScanner;
import org.regionet.ui.editor.internal.highlight.HighlightingTheme;
import org.regionet.ui.editor.internal.highlight.LexicalStyles;
import org.regionet.ui.editor.internal.highlight.RegioPartitions;
import org.regionet.ui.editor.internal.navigate.RegioHyperlinkDetector;
import org.regionet.ui.editor.internal.navigate.RegioTextHover;
import org.regionet.ui.editor.internal.problems.RegioQuickAssistProcessor;

/**
 * Wires the services of the model editor into its source viewer: lexical colouring by partition, content assist,
 * hover, hyperlinks and quick fixes. Services that need the model are only installed for files in the workspace
 * ({@code session} is {@code null} for other files).
 */
public class RegioSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final Supplier<EditorSession> session;
	private final Supplier<HighlightingTheme> theme;
	private final Supplier<IWorkbenchPage> page;

	public RegioSourceViewerConfiguration(IPreferenceStore store, Supplier<EditorSession> session,
			Supplier<HighlightingTheme> theme, Supplier<IWorkbenchPage> page) {
		super(store);
		this.session = session;
		this.theme = theme;
		this.page = page;
	}

	@Override
	public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
		return RegioPartitions.PARTITIONING;
	}

	@Override
	public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
		return RegioPartitions.CONTENT_TYPES;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		reconciler.setDocumentPartitioning(RegioPartitions.PARTITIONING);
		add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new AntlrTokenScanner(theme.get()::token));
		add(reconciler, RegioPartitions.COMMENT, single(LexicalStyles.COMMENT));
		add(reconciler, RegioPartitions.STRING, single(LexicalStyles.STRING));
		return reconciler;
	}

	private static void add(PresentationReconciler reconciler, String contentType, ITokenScanner scanner) {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		reconciler.setDamager(repairer, contentType);
		reconciler.setRepairer(repairer, contentType);
	}

	private ITokenScanner single(String style) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(theme.get().token(style));
		return scanner;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		EditorSession current = session.get();
		if (current == null) {
			return null;
		}
		// Asynchronous: proposals are computed off the UI thread, which may wait for the model.
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setDocumentPartitioning(RegioPartitions.PARTITIONING);
		assistant.setContentAssistProcessor(new RegioCompletionProcessor(current), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableColoredLabels(true);
		assistant.enableAutoInsert(true);
		assistant.setShowEmptyList(true);
		assistant.setStatusLineVisible(false);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		assistant.setProposalPopupOrientation(IContentAssistant.PROPOSAL_OVERLAY);
		return assistant;
	}

	/** Block indentation while typing in code; comments and strings keep the platform's line indentation. */
	@Override
	public org.eclipse.jface.text.IAutoEditStrategy[] getAutoEditStrategies(ISourceViewer sourceViewer,
			String contentType) {
		return org.eclipse.jface.text.IDocument.DEFAULT_CONTENT_TYPE.equals(contentType)
				? new org.eclipse.jface.text.IAutoEditStrategy[] {
						new org.regionet.ui.editor.internal.edit.BlockIndentStrategy()}
				: super.getAutoEditStrategies(sourceViewer, contentType);
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new RegioQuickAssistProcessor(() -> {
			EditorSession current = session.get();
			return current == null ? null : current.file();
		}));
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		EditorSession current = session.get();
		return current == null ? super.getTextHover(sourceViewer, contentType) : new RegioTextHover(current);
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		EditorSession current = session.get();
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		if (current == null) {
			return inherited;
		}
		IHyperlinkDetector own = new RegioHyperlinkDetector(current, page);
		if (inherited == null) {
			return new IHyperlinkDetector[] { own };
		}
		IHyperlinkDetector[] all = new IHyperlinkDetector[inherited.length + 1];
		all[0] = own;
		System.arraycopy(inherited, 0, all, 1, inherited.length);
		return all;
	}

	/** No spell checking: models are German text with English keywords, an English dictionary only adds noise. */
	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		return null;
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}
}
