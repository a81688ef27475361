package org.regionet.ui.editor.internal.model;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;

/**
 * Maps workspace files to the platform resource URIs under which their models live, and back.
 */
public final class ModelUris {

	public static final String EXTENSION = "regio";

	private ModelUris() {
	}

	public static URI of(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The workspace file of a platform resource URI, or {@code null} for other URIs. */
	public static IFile fileOf(URI uri) {
		if (uri == null || !uri.isPlatformResource()) {
			return null;
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.trimFragment().toPlatformString(true)));
	}

	public static boolean isModelFile(IFile file) {
		return EXTENSION.equals(file.getFileExtension());
	}
}
