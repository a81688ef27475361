package org.regionet.ui.editor.internal.navigate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ProjectModel;

/**
 * The hover of the model editor: problems at the mouse, and a summary of the element a reference or declaration
 * stands for (kind, title, description, file). Hovers are computed on a background thread, so the model may be
 * waited for briefly.
 */
public class RegioTextHover implements ITextHover, ITextHoverExtension, ITextHoverExtension2 {

	private static final long MAX_WAIT_MS = 500;

	private final EditorSession session;

	public RegioTextHover(EditorSession session) {
		this.session = session;
	}

	@Override
	public Object getHoverInfo2(ITextViewer viewer, IRegion region) {
		List<String> problems = problemsAt(viewer, region.getOffset());
		ElementSummary summary = null;
		ProjectModel model = session.modelIfReady();
		if (model != null) {
			DocumentSnapshot snapshot = session.snapshot();
			IQualifiedNameProvider names = model.injector().getInstance(IQualifiedNameProvider.class);
			try {
				summary = model.read(session.uri(), snapshot.text(), MAX_WAIT_MS, resource -> {
					ElementLocator.Hit hit = ElementLocator.elementAt(resource, region.getOffset());
					return hit == null ? null : ElementSummary.of(hit.element(), names);
				}).orElse(null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return HoverHtml.of(problems, summary);
	}

	@Override
	@Deprecated
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		Object info = getHoverInfo2(viewer, region);
		return info == null ? null : info.toString();
	}

	private static List<String> problemsAt(ITextViewer viewer, int offset) {
		List<String> messages = new ArrayList<>();
		if (!(viewer instanceof ISourceViewer sourceViewer) || sourceViewer.getAnnotationModel() == null) {
			return messages;
		}
		IAnnotationModel annotations = sourceViewer.getAnnotationModel();
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = annotations.getPosition(annotation);
			if (annotation instanceof MarkerAnnotation && !annotation.isMarkedDeleted() && position != null
					&& position.includes(offset) && annotation.getText() != null) {
				messages.add(annotation.getText());
			}
		}
		return messages;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		String text = session.snapshot().text();
		if (offset > text.length()) {
			return new Region(offset, 0);
		}
		int start = offset;
		while (start > 0 && isNameChar(text.charAt(start - 1))) {
			start--;
		}
		int end = offset;
		while (end < text.length() && isNameChar(text.charAt(end))) {
			end++;
		}
		return new Region(start, end - start);
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
	}

	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString());
	}
}
