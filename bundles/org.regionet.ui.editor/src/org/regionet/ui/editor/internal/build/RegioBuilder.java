package org.regionet.ui.editor.internal.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.model.Analyzer;
import org.regionet.ui.editor.internal.model.ModelUris;
import org.regionet.ui.editor.internal.model.ProjectModel;
import org.regionet.ui.editor.internal.model.ProjectModels;
import org.regionet.ui.editor.internal.problems.MarkerWriter;
import org.regionet.ui.editor.internal.problems.Problem;

/**
 * Checks every .regio file of the project against the project's shared index and writes its Problems markers, so
 * cross-file links and problems are current after every save, in files nobody has open too. Files open in an
 * editor are left to the editor, whose text may not be saved yet. Any change to a model file checks all of them:
 * a rename in one file can break or mend links in every other.
 */
public class RegioBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.regionet.ui.editor.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		if (kind != FULL_BUILD && !modelFilesChanged(getDelta(getProject()))) {
			return null;
		}
		List<IFile> files = modelFiles();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Builder_task, getProject().getName()),
				files.size());
		for (IFile file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(file.getName());
			check(file, progress);
			progress.worked(1);
		}
		return null;
	}

	private void check(IFile file, IProgressMonitor monitor) throws CoreException {
		ProjectModel model = ProjectModels.of(file);
		Analyzer analyzer = new Analyzer(model.injector());
		List<Problem> problems;
		try {
			problems = model.readSaved(ModelUris.of(file), resource -> analyzer.problems(resource, monitor::isCanceled));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
		if (problems != null && !monitor.isCanceled()) {
			MarkerWriter.write(file, problems);
		}
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		for (IFile file : modelFiles()) {
			file.deleteMarkers(org.regionet.ui.editor.internal.problems.ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		}
	}

	private List<IFile> modelFiles() throws CoreException {
		List<IFile> files = new ArrayList<>();
		getProject().accept(resource -> {
			if (resource instanceof IFile file && ModelUris.isModelFile(file)) {
				files.add(file);
			}
			return !resource.isDerived() && !resource.getName().startsWith(".");
		});
		return files;
	}

	private static boolean modelFilesChanged(IResourceDelta delta) throws CoreException {
		if (delta == null) {
			return true;
		}
		boolean[] changed = {false};
		delta.accept(d -> {
			if (d.getResource() instanceof IFile file && ModelUris.isModelFile(file)) {
				changed[0] = true;
			}
			return !changed[0];
		});
		return changed[0];
	}
}
