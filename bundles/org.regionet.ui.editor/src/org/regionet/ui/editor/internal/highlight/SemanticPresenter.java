package org.regionet.ui.editor.internal.highlight;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;

/**
 * Paints the semantic highlighting over the lexical colouring. The regions are kept as document positions, so
 * they move with the text while the user types, and merged into every presentation the viewer builds. Only the
 * range whose styles changed is repainted. All methods run on the UI thread.
 */
public class SemanticPresenter implements ITextPresentationListener, ITextInputListener {

	private static final String CATEGORY = "regionet.semantic";

	private final ISourceViewer viewer;
	private final HighlightingTheme theme;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private List<StyledPosition> positions = new ArrayList<>();
	private IDocument document;

	/** A position that remembers its style. */
	private static final class StyledPosition extends Position {
		final String style;

		StyledPosition(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}
	}

	public SemanticPresenter(ISourceViewer viewer, HighlightingTheme theme) {
		this.viewer = viewer;
		this.theme = theme;
	}

	public void install() {
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
		viewer.addTextInputListener(this);
		attach(viewer.getDocument());
	}

	public void uninstall() {
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		viewer.removeTextInputListener(this);
		detach();
	}

	/** Replaces the semantic regions (computed for the document as it is now) and repaints what changed. */
	public void update(List<StyledRegion> regions) {
		if (document == null) {
			return;
		}
		List<StyledRegion> before = current();
		int[] changed = SemanticHighlights.changedRange(before, regions);
		if (changed == null) {
			return;
		}
		removePositions();
		List<StyledPosition> next = new ArrayList<>(regions.size());
		for (StyledRegion region : regions) {
			StyledPosition position = new StyledPosition(region.offset(), region.length(), region.style());
			try {
				document.addPosition(CATEGORY, position);
				next.add(position);
			} catch (BadLocationException | BadPositionCategoryException e) {
				// A region outside the document belongs to an older text; it is dropped.
			}
		}
		positions = next;
		int offset = Math.min(changed[0], document.getLength());
		int length = Math.min(changed[1], document.getLength() - offset);
		if (viewer instanceof ITextViewerExtension2 extension && length > 0) {
			extension.invalidateTextPresentation(offset, length);
		} else {
			viewer.invalidateTextPresentation();
		}
	}

	private List<StyledRegion> current() {
		List<StyledRegion> regions = new ArrayList<>(positions.size());
		for (StyledPosition position : positions) {
			if (!position.isDeleted() && position.getLength() > 0) {
				regions.add(new StyledRegion(position.getOffset(), position.getLength(), position.style));
			}
		}
		return regions;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		List<StyleRange> ranges = new ArrayList<>();
		for (StyledPosition position : positions) {
			if (position.isDeleted() || position.getLength() == 0) {
				continue;
			}
			int from = Math.max(start, position.getOffset());
			int to = Math.min(end, position.getOffset() + position.getLength());
			if (from < to) {
				StyleRange range = theme.styleRange(from, to - from, position.style);
				if (range != null) {
					ranges.add(range);
				}
			}
		}
		if (!ranges.isEmpty()) {
			presentation.replaceStyleRanges(ranges.toArray(StyleRange[]::new));
		}
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		detach();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		attach(newInput);
	}

	private void attach(IDocument newDocument) {
		document = newDocument;
		if (document != null) {
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
	}

	private void detach() {
		if (document != null) {
			removePositions();
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// Never added; nothing to remove.
			}
		}
		positions = new ArrayList<>();
		document = null;
	}

	private void removePositions() {
		for (StyledPosition position : positions) {
			try {
				document.removePosition(CATEGORY, position);
			} catch (BadPositionCategoryException e) {
				// The category is gone with its positions.
			}
		}
	}
}
