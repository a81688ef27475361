package org.regionet.ui.editor;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/**
 * The texts of a project's model files that are open with unsaved changes, by absolute path: for views that show
 * what the user sees in the editors (a diagram, the findings) rather than what was last saved.
 */
public final class UnsavedModelTexts {

	private UnsavedModelTexts() {
	}

	public static Map<Path, String> of(IProject project) {
		Map<Path, String> texts = new HashMap<>();
		for (IFileBuffer buffer : FileBuffers.getTextFileBufferManager().getFileBuffers()) {
			IFile file = fileOf(buffer);
			if (buffer.isDirty() && buffer instanceof ITextFileBuffer text && text.getDocument() != null
					&& file != null && project.equals(file.getProject()) && "regio".equals(file.getFileExtension())
					&& file.getLocation() != null) {
				texts.put(Path.of(file.getLocation().toOSString()).toAbsolutePath(), text.getDocument().get());
			}
		}
		return texts;
	}

	/** The workspace file of a buffer, or {@code null} for a buffer outside the workspace. */
	public static IFile fileOf(IFileBuffer buffer) {
		IPath location = buffer.getLocation();
		return location == null ? null : ResourcesPlugin.getWorkspace().getRoot().getFile(location);
	}
}
