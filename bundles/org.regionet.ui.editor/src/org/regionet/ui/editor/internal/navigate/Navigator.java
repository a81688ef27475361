package org.regionet.ui.editor.internal.navigate;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.editor.internal.model.ModelUris;

/** Opens the file of a declaration in its editor and selects the declared name. UI thread only. */
public final class Navigator {

	private Navigator() {
	}

	/** @return whether the target could be shown */
	public static boolean open(IWorkbenchPage page, Target target) {
		IFile file = ModelUris.fileOf(target.file());
		if (page == null || file == null || !file.exists()) {
			return false;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file, true);
			if (editor instanceof ITextEditor textEditor) {
				textEditor.selectAndReveal(target.offset(), target.length());
			}
			return true;
		} catch (PartInitException e) {
			return false;
		}
	}
}
