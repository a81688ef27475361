package org.regionet.ui.editor.internal.assist;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ProjectModel;

/**
 * Content assist of the model editor. The assistant is asynchronous, so proposals are computed off the UI thread:
 * the project model is brought in sync with the latest text and asked at the caret.
 */
public class RegioCompletionProcessor implements IContentAssistProcessor {

	private final EditorSession session;
	private volatile String errorMessage;
	private ContentAssistService service;

	public RegioCompletionProcessor(EditorSession session) {
		this.session = session;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		errorMessage = null;
		DocumentSnapshot snapshot = session.snapshot();
		if (offset > snapshot.text().length()) {
			return new ICompletionProposal[0];
		}
		try {
			ProjectModel model = session.model();
			ContentAssistService assist = service(model);
			List<ICompletionProposal> proposals = model.read(session.uri(), snapshot.text(),
					resource -> Proposals.of(assist.entries(resource, snapshot.text(), offset,
							() -> Thread.currentThread().isInterrupted()), snapshot.text(), offset));
			if (proposals.isEmpty()) {
				errorMessage = Messages.ContentAssist_none;
			}
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (InterruptedException e) {
			// The popup was closed or the user typed on; the proposals are no longer wanted.
			Thread.currentThread().interrupt();
			return new ICompletionProposal[0];
		}
	}

	private synchronized ContentAssistService service(ProjectModel model) {
		if (service == null) {
			service = new ContentAssistService(model.injector());
		}
		return service;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	/** Auto-activation is triggered by {@link AutoActivation}, which knows which keywords expect a name. */
	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
