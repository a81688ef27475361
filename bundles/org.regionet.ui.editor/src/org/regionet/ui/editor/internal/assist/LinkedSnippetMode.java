package org.regionet.ui.editor.internal.assist;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.ui.texteditor.link.EditorLinkedModeUI;

/**
 * Linked editing of an inserted template: Tab moves through the tab stops, stops with the same number change
 * together, Enter or the last Tab leaves at the exit position. Kept apart from the proposal so the proposal can be
 * used without the workbench.
 */
final class LinkedSnippetMode {

	private LinkedSnippetMode() {
	}

	static void enter(ITextViewer viewer, int insertedAt, Snippet snippet) {
		IDocument document = viewer.getDocument();
		try {
			LinkedModeModel model = new LinkedModeModel();
			int sequence = 0;
			for (Snippet.TabStop stop : snippet.stops()) {
				LinkedPositionGroup group = new LinkedPositionGroup();
				for (int[] range : stop.ranges()) {
					group.addPosition(new LinkedPosition(document, insertedAt + range[0], range[1], sequence++));
				}
				model.addGroup(group);
			}
			model.forceInstall();
			LinkedModeUI ui = new EditorLinkedModeUI(model, viewer);
			ui.setExitPosition(viewer, insertedAt + snippet.exit(), 0, Integer.MAX_VALUE);
			ui.setCyclingMode(LinkedModeUI.CYCLE_WHEN_NO_PARENT);
			ui.enter();
		} catch (BadLocationException e) {
			// Without linked mode the template is still inserted; the user edits it by hand.
		}
	}
}
