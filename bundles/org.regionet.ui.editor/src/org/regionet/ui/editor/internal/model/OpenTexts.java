package org.regionet.ui.editor.internal.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.regionet.ui.editor.internal.EditorSession;

/** The current texts of all open model editors of a project, saved or not; only the UI thread may read them. */
public final class OpenTexts {

	private OpenTexts() {
	}

	public static Map<URI, String> of(IProject project) {
		Map<URI, String> texts = new HashMap<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					EditorSession session = part == null ? null : part.getAdapter(EditorSession.class);
					if (session != null && session.file().getProject().equals(project)) {
						texts.put(session.uri(), session.snapshot().text());
					}
				}
			}
		}
		return texts;
	}
}
