package org.regionet.ui.navigator.tree;

import org.eclipse.core.resources.IFile;

/** Stands in for a file's model tree while the project is being loaded. */
record LoadingNode(IFile file) {
}
