package org.regionet.ui.editor.internal.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.problems.ProblemMarkers;
import org.regionet.ui.editor.internal.problems.SavedFileValidation;

/**
 * One {@link ProjectModel} per workspace project, created when the first editor of the project needs it and
 * dropped when the project is closed or deleted. Keeps the models in step with file changes made outside the
 * editors (saves, Git, imports).
 */
public final class ProjectModels {

	private static final Map<IProject, ProjectModel> MODELS = new ConcurrentHashMap<>();
	private static final IResourceChangeListener LISTENER = ProjectModels::resourceChanged;
	private static boolean listening;

	private ProjectModels() {
	}

	/** The model of the project of {@code file}; blocks until the language services exist, so not on the UI thread. */
	public static ProjectModel of(IFile file) {
		listen();
		return MODELS.computeIfAbsent(file.getProject(),
				project -> new ProjectModel(LanguageServices.injector(), new WorkspaceModelSource(project)));
	}

	/** The model of a project if one exists already. */
	public static ProjectModel existing(IProject project) {
		return MODELS.get(project);
	}

	private static synchronized void listen() {
		if (!listening) {
			listening = true;
			ResourcesPlugin.getWorkspace().addResourceChangeListener(LISTENER,
					IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
		}
	}

	private static void resourceChanged(IResourceChangeEvent event) {
		if (event.getType() != IResourceChangeEvent.POST_CHANGE) {
			if (event.getResource() instanceof IProject project) {
				MODELS.remove(project);
			}
			return;
		}
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource instanceof IProject project) {
					return MODELS.containsKey(project);
				}
				if (resource instanceof IFile file && ModelUris.isModelFile(file) && isContentChange(delta)) {
					ProjectModel model = MODELS.get(file.getProject());
					if (model != null) {
						model.fileChanged(ModelUris.of(file));
						if (hasProblemMarkers(file)) {
							SavedFileValidation.schedule(file);
						}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			// Only a visitor that throws makes accept fail, and ours does not.
		}
	}

	private static boolean hasProblemMarkers(IFile file) {
		try {
			return file.exists() && file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length > 0;
		} catch (CoreException e) {
			return false;
		}
	}

	private static boolean isContentChange(IResourceDelta delta) {
		return delta.getKind() != IResourceDelta.CHANGED
				|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0;
	}
}
