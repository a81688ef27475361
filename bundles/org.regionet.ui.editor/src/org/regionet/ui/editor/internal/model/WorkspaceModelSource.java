package org.regionet.ui.editor.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

/**
 * The saved model files of a workspace project.
 */
public final class WorkspaceModelSource implements ModelSource {

	private final IProject project;

	public WorkspaceModelSource(IProject project) {
		this.project = project;
	}

	@Override
	public Collection<URI> modelFiles() {
		List<URI> files = new ArrayList<>();
		if (!project.isAccessible()) {
			return files;
		}
		try {
			project.accept(proxy -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + ModelUris.EXTENSION)) {
					files.add(ModelUris.of((IFile) proxy.requestResource()));
				}
				// Skip build output and hidden folders such as .git.
				return !proxy.isDerived() && !proxy.getName().startsWith(".");
			}, IResource.NONE);
		} catch (CoreException e) {
			// A project that cannot be listed contributes no other files; the open file still works.
		}
		files.sort((a, b) -> a.toString().compareTo(b.toString()));
		return files;
	}

	@Override
	public String read(URI uri) throws IOException {
		IFile file = ModelUris.fileOf(uri);
		if (file == null || !file.exists()) {
			return null;
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (CoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
