package org.regionet.ui.editor.internal;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorPart;

/** Short messages in the status line of an editor, for actions that found nothing to do. */
public final class StatusLine {

	private StatusLine() {
	}

	public static void show(IEditorPart editor, String message) {
		IStatusLineManager manager = editor.getEditorSite().getActionBars().getStatusLineManager();
		manager.setErrorMessage(message);
		editor.getSite().getShell().getDisplay().timerExec(5000, () -> {
			if (!editor.getSite().getShell().isDisposed()) {
				manager.setErrorMessage(null);
			}
		});
	}
}
