package org.regionet.ui.editor.internal.model;

import java.io.IOException;
import java.util.Collection;

import org.eclipse.emf.common.util.URI;

/**
 * Where the saved model files of one project come from: the workspace in the product, a map in tests.
 */
public interface ModelSource {

	/** The URIs of all model files, in a stable order. */
	Collection<URI> modelFiles();

	/** The saved text of a model file; {@code null} when the file no longer exists. */
	String read(URI file) throws IOException;
}
