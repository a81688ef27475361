package org.regionet.ui.editor.internal.problems;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 in the editor: the quick fixes of the problems at the caret, or, if there are none at the caret, of the
 * problems on the caret's line.
 */
public class RegioQuickAssistProcessor implements IQuickAssistProcessor {

	private final Supplier<IFile> file;

	/** {@code file} is asked when Ctrl+1 is pressed: the editor's session may start after the viewer is configured. */
	public RegioQuickAssistProcessor(Supplier<IFile> file) {
		this.file = file;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		IAnnotationModel annotations = viewer.getAnnotationModel();
		if (annotations == null) {
			return null;
		}
		IFile current = file.get();
		if (current == null) {
			return null;
		}
		int offset = context.getOffset();
		List<ICompletionProposal> atCaret = new ArrayList<>();
		List<ICompletionProposal> onLine = new ArrayList<>();
		IDocument document = viewer.getDocument();
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = annotations.getPosition(annotation);
			if (!(annotation instanceof MarkerAnnotation markerAnnotation) || position == null
					|| annotation.isMarkedDeleted()) {
				continue;
			}
			List<QuickFix> fixes = RegioMarkerResolutions.fixesOf(markerAnnotation.getMarker());
			for (QuickFix fix : fixes) {
				FixProposal proposal = new FixProposal(current, position.getOffset(), fix);
				if (position.includes(offset) || position.getOffset() + position.getLength() == offset) {
					atCaret.add(proposal);
				} else if (sameLine(document, position.getOffset(), offset)) {
					onLine.add(proposal);
				}
			}
		}
		List<ICompletionProposal> result = atCaret.isEmpty() ? onLine : atCaret;
		return result.isEmpty() ? null : result.toArray(ICompletionProposal[]::new);
	}

	private static boolean sameLine(IDocument document, int a, int b) {
		try {
			return document.getLineOfOffset(a) == document.getLineOfOffset(b);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation markerAnnotation
				&& !RegioMarkerResolutions.fixesOf(markerAnnotation.getMarker()).isEmpty();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	/** A quick fix in the Ctrl+1 list; applying it runs the fix through the file buffer. */
	private record FixProposal(IFile file, int offset, QuickFix fix) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			FixRunner.run(file, offset, fix);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.description();
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
