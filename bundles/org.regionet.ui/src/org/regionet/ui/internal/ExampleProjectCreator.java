package org.regionet.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;

/**
 * Creates a workspace project holding the NRW example models shipped in bundle {@code org.regionet.examples}.
 */
public final class ExampleProjectCreator {

	public static final String DEFAULT_PROJECT_NAME = "NRW-Beispiel";
	private static final String EXAMPLES_BUNDLE = "org.regionet.examples";
	private static final String MODELS_FOLDER = "models";

	private ExampleProjectCreator() {
	}

	/** Creates and opens the project; never overwrites an existing project. */
	public static IProject create(IWorkspaceRoot root, String name, IProgressMonitor monitor) throws CoreException {
		IProject project = root.getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error(org.eclipse.osgi.util.NLS.bind(Messages.ExampleProject_exists, name)));
		}
		List<URL> models = exampleModels();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.ExampleProject_taskName, models.size() + 2);
		project.create(progress.split(1));
		project.open(progress.split(1));
		// The language's natures (its builder keeps every file's problems current); set on the open project, so
		// they are configured.
		var description = project.getDescription();
		description.setNatureIds(org.regionet.ui.internal.wizards.RegioProjectCreator.installedNatures(root.getWorkspace()));
		project.setDescription(description, null);
		for (URL model : models) {
			String fileName = model.getPath().substring(model.getPath().lastIndexOf('/') + 1);
			IFile file = project.getFile(fileName);
			try (InputStream in = model.openStream()) {
				file.create(in, IResource.NONE, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error(fileName + ": " + e.getMessage(), e));
			}
		}
		return project;
	}

	private static List<URL> exampleModels() throws CoreException {
		Bundle bundle = Platform.getBundle(EXAMPLES_BUNDLE);
		if (bundle == null) {
			throw new CoreException(new Status(IStatus.ERROR, "org.regionet.ui", EXAMPLES_BUNDLE + " is not installed"));
		}
		Enumeration<URL> entries = bundle.findEntries(MODELS_FOLDER, "*.regio", false);
		List<URL> models = entries == null ? new ArrayList<>() : Collections.list(entries);
		models.sort((a, b) -> a.getPath().compareTo(b.getPath()));
		return models;
	}
}
