package org.regionet.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.regionet.ui.internal.Messages;

/**
 * Creates a RegioNet project: the natures of the language (those installed), a {@code models/} folder and a
 * starter file for the project's region.
 */
public final class RegioProjectCreator {

	/** Natures a RegioNet project gets; one that is not installed (yet) is left out. */
	static final List<String> NATURES = List.of("org.regionet.ui.editor.nature");

	public static final String MODELS_FOLDER = "models";

	private RegioProjectCreator() {
	}

	/**
	 * Creates and opens the project and returns the starter file.
	 *
	 * @param location where the project lives, or null for the workspace default
	 */
	public static IFile create(IWorkspace workspace, String name, URI location, IProgressMonitor monitor)
			throws CoreException {
		IProject project = workspace.getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error(NLS.bind(Messages.ExampleProject_exists, name)));
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.NewProject_taskName, 4);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		// Natures set on the open project are configured (their builders installed); at creation they are not.
		IProjectDescription opened = project.getDescription();
		opened.setNatureIds(installedNatures(workspace));
		project.setDescription(opened, null);
		IFolder models = project.getFolder(MODELS_FOLDER);
		models.create(IResource.NONE, true, progress.split(1));
		String region = RegioNames.idFrom(name);
		if (region.isEmpty()) {
			region = "Region";
		}
		IFile file = models.getFile(RegioNames.fileNameFor(region));
		String text = RegioFileTemplate.skeleton(RegioNames.namespaceFor(region), region, name, true);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.NONE,
				progress.split(1));
		file.setCharset(StandardCharsets.UTF_8.name(), null);
		return file;
	}

	/** The language natures that are installed; a product without the editor bundle gets none. */
	public static String[] installedNatures(IWorkspace workspace) {
		return NATURES.stream().filter(id -> workspace.getNatureDescriptor(id) != null).toArray(String[]::new);
	}
}
