package org.regionet.ui.editor;

import org.eclipse.core.resources.IFile;
import org.regionet.ui.editor.internal.merge.MergeRunner;

/** Merging duplicate actors, for other views (e.g. the Findings view) of the workbench. */
public final class ActorMerges {

	private ActorMerges() {
	}

	/**
	 * Merges the actor {@code removedName} (qualified) into the actor declared at {@code offset} of {@code file}:
	 * references move in every file of the project, names become aliases, the duplicate goes; one undoable change.
	 * Call on the UI thread; the work runs in a job.
	 */
	public static void merge(IFile file, int offset, String removedName) {
		MergeRunner.run(file, offset, removedName);
	}
}
