package org.regionet.diagram.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.regionet.diagram.io.AtomicFiles;

/**
 * A change of the layout sidecar (a drag, a layer choice, arrange all) in the workbench's operation history, so
 * Edit &gt; Undo puts the nodes back: the sidecar's content before and after, written back atomically.
 */
final class SidecarOperation extends AbstractOperation {

	private final Path sidecar;
	private final byte[] before;
	private final byte[] after;
	private final Runnable changed;

	/** {@code before} is null when there was no sidecar; {@code changed} runs after each undo and redo. */
	SidecarOperation(String label, Path sidecar, byte[] before, byte[] after, Runnable changed) {
		super(label);
		this.sidecar = sidecar;
		this.before = before;
		this.after = after;
		this.changed = changed;
	}

	/** The sidecar's bytes now, or null if there is none. */
	static byte[] read(Path sidecar) throws IOException {
		return Files.exists(sidecar) ? Files.readAllBytes(sidecar) : null;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(after);
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(after);
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		return write(before);
	}

	private IStatus write(byte[] content) throws ExecutionException {
		try {
			if (content == null) {
				Files.deleteIfExists(sidecar);
			} else {
				AtomicFiles.write(sidecar, content);
			}
		} catch (IOException e) {
			throw new ExecutionException(sidecar + ": " + e.getMessage(), e);
		}
		changed.run();
		return Status.OK_STATUS;
	}
}
