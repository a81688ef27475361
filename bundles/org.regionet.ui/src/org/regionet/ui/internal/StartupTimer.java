package org.regionet.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * For the start-up benchmark ({@code ./regionet bench-ui}) only: when the system property
 * {@value #PROPERTY} names a file, waits until the window is open and the NRW example project exists, opens its
 * largest model in the editor and, once the UI thread is idle again, writes the time in epoch milliseconds to that
 * file. Without the property it does nothing.
 */
public class StartupTimer implements IStartup {

	static final String PROPERTY = "regionet.bench.ready";
	private static final String EXAMPLE_FILE = "aachen.regio";
	private static final long TIMEOUT_MILLIS = 120_000;

	@Override
	public void earlyStartup() {
		String target = System.getProperty(PROPERTY);
		if (target == null || target.isBlank()) {
			return;
		}
		IFile example = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleProjectCreator.DEFAULT_PROJECT_NAME)
				.getFile(EXAMPLE_FILE);
		long end = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (!example.exists() && System.currentTimeMillis() < end) {
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		var display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page == null) {
				return;
			}
			try {
				IDE.openEditor(page, example, true);
			} catch (PartInitException e) {
				return;
			}
			// Runs after the editor has been laid out and painted: the window answers input from here on.
			display.asyncExec(() -> write(Path.of(target), System.currentTimeMillis()));
		});
	}

	private static void write(Path target, long millis) {
		try {
			Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "ready", ".tmp");
			Files.writeString(temp, millis + "\n", StandardCharsets.US_ASCII);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			// The benchmark reports the missing file as a failed run.
		}
	}
}
