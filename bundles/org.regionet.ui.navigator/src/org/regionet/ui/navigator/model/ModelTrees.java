package org.regionet.ui.navigator.model;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.regionet.dsl.workspace.ModelFiles;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.model.RegioModel;
import org.regionet.ui.navigator.internal.Messages;

/**
 * The model trees of the .regio files of every project, loaded with the headless DSL in a Job (one resource set per
 * project, so references across files resolve) and loaded again when a file of the project changes. Listeners hear
 * on the job's thread which files have a new tree.
 */
public final class ModelTrees {

	private static final ModelTrees INSTANCE = new ModelTrees();
	private static final long RELOAD_DELAY_MS = 150;

	private final Map<IFile, List<ModelNode>> trees = new ConcurrentHashMap<>();
	private final Map<IProject, Job> jobs = new HashMap<>();
	private final Set<IProject> loadedProjects = ConcurrentHashMap.newKeySet();
	private final List<Consumer<Set<IFile>>> listeners = new CopyOnWriteArrayList<>();
	private final IResourceChangeListener changes = this::resourcesChanged;
	private boolean listening;

	private ModelTrees() {
	}

	public static ModelTrees get() {
		INSTANCE.listen();
		return INSTANCE;
	}

	private synchronized void listen() {
		if (!listening) {
			listening = true;
			ResourcesPlugin.getWorkspace().addResourceChangeListener(changes, IResourceChangeEvent.POST_CHANGE);
		}
	}

	public void addListener(Consumer<Set<IFile>> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Set<IFile>> listener) {
		listeners.remove(listener);
	}

	/** The file's tree if it is loaded; otherwise null, and the project's trees are being loaded. */
	public List<ModelNode> treeOf(IFile file) {
		List<ModelNode> tree = trees.get(file);
		if (tree == null && loadedProjects.contains(file.getProject())) {
			return List.of(); // loaded, but the file could not be read: nothing to show
		}
		if (tree == null) {
			schedule(file.getProject(), 0);
		}
		return tree;
	}

	/** The node now at {@code path} in the file's loaded tree, or null. */
	public ModelNode find(IFile file, String path) {
		List<ModelNode> tree = trees.get(file);
		return tree == null ? null : findIn(tree, path);
	}

	/** The node at {@code path} among {@code nodes} and their descendants, or null. */
	public static ModelNode findIn(List<ModelNode> nodes, String path) {
		for (ModelNode node : nodes) {
			if (node.path().equals(path)) {
				return node;
			}
			if (path.startsWith(node.path() + "/")) {
				ModelNode inner = findIn(node.children(), path);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

	/** Loads the trees of all model files of the project now, on the calling thread (never the UI thread). */
	public Map<IFile, List<ModelNode>> load(IProject project) {
		Map<IFile, List<ModelNode>> loaded = new HashMap<>();
		IPath location = project.getLocation();
		if (location != null && project.isOpen()) {
			ModelWorkspace workspace = ModelLanguage.injector().getInstance(ModelWorkspace.class)
					.load(List.of(Path.of(location.toOSString())));
			for (RegioModel model : workspace.models()) {
				IFile file = fileOf(project, workspace.pathOf(model.eResource()));
				if (file != null) {
					loaded.put(file, ModelTreeBuilder.build(file, model));
				}
			}
		}
		Set<IFile> changed = new HashSet<>(loaded.keySet());
		trees.keySet().removeIf(file -> {
			if (file.getProject().equals(project) && !loaded.containsKey(file)) {
				changed.add(file);
				return true;
			}
			return false;
		});
		trees.putAll(loaded);
		loadedProjects.add(project);
		listeners.forEach(listener -> listener.accept(changed));
		return loaded;
	}

	private static IFile fileOf(IProject project, Path path) {
		if (path == null) {
			return null;
		}
		Path root = Path.of(project.getLocation().toOSString());
		Path relative = root.relativize(path.toAbsolutePath());
		return project.getFile(IPath.fromOSString(relative.toString()));
	}

	private synchronized void schedule(IProject project, long delay) {
		Job job = jobs.computeIfAbsent(project, p -> {
			Job created = Job.create(NLS.bind(Messages.ModelTrees_jobName, p.getName()), monitor -> {
				load(p);
				return Status.OK_STATUS;
			});
			created.setSystem(true);
			return created;
		});
		if (job.getState() == Job.NONE || delay > 0) {
			job.cancel();
			job.schedule(delay);
		}
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IProject> touched = new HashSet<>();
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource.getType() == IResource.FILE && resource.getName().endsWith(ModelFiles.EXTENSION)
						&& (child.getKind() != IResourceDelta.CHANGED
								|| (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					touched.add(resource.getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		for (IProject project : touched) {
			if (project.isAccessible()) {
				schedule(project, RELOAD_DELAY_MS);
			} else {
				trees.keySet().removeIf(file -> file.getProject().equals(project));
				loadedProjects.remove(project);
			}
		}
	}
}
