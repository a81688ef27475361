package org.regionet.ui.editor;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.IGrammarAccess;
import org.regionet.ui.editor.internal.EditorPreferences;
import org.regionet.ui.editor.internal.EditorReconciler;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.RegioSourceViewerConfiguration;
import org.regionet.ui.editor.internal.assist.AutoActivation;
import org.regionet.ui.editor.internal.assist.ReferenceKeywords;
import org.regionet.ui.editor.internal.edit.FoldingUpdater;
import org.regionet.ui.editor.internal.edit.FormatAction;
import org.regionet.ui.editor.internal.edit.ToggleCommentAction;
import org.regionet.ui.editor.internal.highlight.HighlightingTheme;
import org.regionet.ui.editor.internal.highlight.RegioPartitions;
import org.regionet.ui.editor.internal.highlight.SemanticPresenter;
import org.regionet.ui.editor.internal.model.Analysis;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.navigate.OpenDeclarationAction;
import org.regionet.ui.editor.internal.outline.RegioOutlinePage;
import org.regionet.ui.editor.internal.problems.MarkerWriter;
import org.regionet.ui.editor.internal.problems.SavedFileValidation;
import org.regionet.ui.editor.internal.rename.FindReferencesAction;
import org.regionet.ui.editor.internal.rename.RenameAction;

/**
 * The editor of RegioNet model files ({@code *.regio}): a text editor whose document is the file's text, backed by
 * the Xtext IDE services of the language running in-process. A reconcile job keeps a parsed model of the file (in a
 * resource set with the other files of the project) in step with the text and feeds semantic highlighting,
 * problem markers, folding and the outline; content assist, hover, hyperlinks, formatting, quick fixes and rename
 * read the same model.
 */
public class RegioEditor extends TextEditor {

	public static final String ID = "org.regionet.ui.editor.RegioEditor";
	/** Key bindings of the editor's commands (F3, Ctrl+Shift+F, Ctrl+/, Alt+Shift+R, Ctrl+Shift+G) live in this context. */
	public static final String CONTEXT_ID = "org.regionet.ui.editor.scope";

	/** Set in {@link #initializeEditor()}, which the superclass constructor calls before field initialisers run. */
	private HighlightingTheme theme;
	private EditorSession session;
	private EditorReconciler reconciler;
	private SemanticPresenter presenter;
	private AutoActivation autoActivation;
	private ProjectionSupport projectionSupport;
	private RegioOutlinePage outline;
	private Analysis lastAnalysis;
	private ISelectionChangedListener caretListener;

	public RegioEditor() {
		LanguageServices.start();
	}

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		theme = new HighlightingTheme();
		setPreferenceStore(EditorPreferences.store());
		setSourceViewerConfiguration(new RegioSourceViewerConfiguration(getPreferenceStore(), () -> session, () -> theme,
				() -> getSite() == null ? null : getSite().getPage()));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
				styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		super.configureSourceViewerDecorationSupport(support);
		support.setCharacterPairMatcher(
				new DefaultCharacterPairMatcher(new char[] { '{', '}' }, RegioPartitions.PARTITIONING, true));
		support.setMatchingCharacterPainterPreferenceKeys(EditorPreferences.MATCHING_BRACKETS,
				EditorPreferences.MATCHING_BRACKETS_COLOR, EditorPreferences.HIGHLIGHT_BRACKET_AT_CARET,
				EditorPreferences.ENCLOSING_BRACKETS);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		presenter = new SemanticPresenter(viewer, theme);
		presenter.install();
		caretListener = event -> {
			if (outline != null && event.getSelection() instanceof ITextSelection selection) {
				outline.reveal(selection.getOffset());
			}
		};
		((IPostSelectionProvider) getSelectionProvider()).addPostSelectionChangedListener(caretListener);
		startServices();
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		boolean restart = getSourceViewer() != null;
		if (restart) {
			stopServices();
		}
		super.doSetInput(input);
		IDocument document = getDocumentProvider().getDocument(input);
		if (document != null) {
			RegioPartitions.install(document);
		}
		session = input instanceof IFileEditorInput fileInput && document != null
				? new EditorSession(fileInput.getFile(), document)
				: null;
		if (restart) {
			// The viewer's helpers were made for the previous file; build them again for this one.
			((org.eclipse.jface.text.source.ISourceViewerExtension2) getSourceViewer()).unconfigure();
			getSourceViewer().configure(getSourceViewerConfiguration());
			startServices();
		}
	}

	private void startServices() {
		if (session == null) {
			return;
		}
		IDocument document = getDocumentProvider().getDocument(getEditorInput());
		reconciler = new EditorReconciler(session, document, getSite().getShell().getDisplay(), this::show);
		reconciler.install();
		autoActivation = new AutoActivation(getSourceViewer(), RegioEditor::referenceKeywords);
		document.addDocumentListener(autoActivation);
	}

	private void stopServices() {
		if (reconciler != null) {
			reconciler.uninstall();
			reconciler = null;
		}
		if (autoActivation != null && getDocumentProvider() != null
				&& getDocumentProvider().getDocument(getEditorInput()) != null) {
			getDocumentProvider().getDocument(getEditorInput()).removeDocumentListener(autoActivation);
		}
		autoActivation = null;
		if (session != null) {
			IFile file = session.file();
			session.dispose();
			// The markers describe the unsaved text; once closed, the saved text is what counts.
			if (!PlatformUI.getWorkbench().isClosing()) {
				SavedFileValidation.schedule(file);
			}
			session = null;
		}
	}

	private static Set<String> cachedKeywords;

	private static synchronized Set<String> referenceKeywords() {
		if (cachedKeywords == null) {
			var injector = LanguageServices.injectorIfReady();
			if (injector == null) {
				return Set.of();
			}
			cachedKeywords = ReferenceKeywords.of(injector.getInstance(IGrammarAccess.class).getGrammar());
		}
		return cachedKeywords;
	}

	/** Shows a reconcile result, if it still matches the document. UI thread. */
	private void show(Analysis analysis) {
		ISourceViewer viewer = getSourceViewer();
		if (viewer == null || session == null || viewer.getTextWidget() == null
				|| viewer.getTextWidget().isDisposed()) {
			return;
		}
		IDocument document = viewer.getDocument();
		if (document == null || DocumentSnapshot.stampOf(document) != analysis.stamp()) {
			return;
		}
		lastAnalysis = analysis;
		presenter.update(analysis.highlights());
		FoldingUpdater.update(((ProjectionViewer) viewer).getProjectionAnnotationModel(), analysis.folds());
		if (outline != null) {
			outline.update(analysis.outline());
		}
		MarkerWriter.schedule(session.file(), analysis.problems());
	}

	@Override
	protected void createActions() {
		super.createActions();
		addAction(ToggleCommentAction.class.getSimpleName(), new ToggleCommentAction(this));
		if (session != null) {
			addAction(FormatAction.class.getSimpleName(), new FormatAction(this, () -> session));
			addAction(OpenDeclarationAction.class.getSimpleName(), new OpenDeclarationAction(this, () -> session));
			addAction(FindReferencesAction.class.getSimpleName(), new FindReferencesAction(this, () -> session));
			addAction(RenameAction.class.getSimpleName(), new RenameAction(this, () -> session));
		}
	}

	private void addAction(String id, IAction action) {
		setAction(id, action);
		markAsStateDependentAction(id, true);
	}

	@Override
	protected void editorContextMenuAboutToShow(IMenuManager menu) {
		super.editorContextMenuAboutToShow(menu);
		for (String id : new String[] { OpenDeclarationAction.class.getSimpleName(),
				FindReferencesAction.class.getSimpleName(), RenameAction.class.getSimpleName(),
				FormatAction.class.getSimpleName(),
				ToggleCommentAction.class.getSimpleName() }) {
			IAction action = getAction(id);
			if (action != null) {
				addAction(menu, ITextEditorActionConstants.GROUP_EDIT, id);
			}
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (IContentOutlinePage.class.equals(type)) {
			if (outline == null) {
				outline = new RegioOutlinePage(this) {
					@Override
					public void dispose() {
						outline = null;
						super.dispose();
					}
				};
				if (lastAnalysis != null) {
					outline.update(lastAnalysis.outline());
				}
			}
			return type.cast(outline);
		}
		if (EditorSession.class.equals(type) && session != null) {
			return type.cast(session);
		}
		if (ProjectionSupport.class.equals(type) && projectionSupport != null) {
			return type.cast(projectionSupport);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (caretListener != null && getSelectionProvider() instanceof IPostSelectionProvider provider) {
			provider.removePostSelectionChangedListener(caretListener);
		}
		stopServices();
		if (presenter != null) {
			presenter.uninstall();
		}
		if (projectionSupport != null) {
			projectionSupport.dispose();
		}
		super.dispose();
	}
}
