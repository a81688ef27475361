package org.regionet.diagram.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisResult;
import org.regionet.analysis.ParallelStructureAnalyzer;
import org.regionet.diagram.export.ExportFormat;
import org.regionet.diagram.export.ExportRequest;
import org.regionet.diagram.export.DiagramExporter;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.mapping.FindingLinks;
import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.ui.internal.Messages;
import org.regionet.diagram.view.Diagram;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.ui.analysis.AnalysisPreferences;

/**
 * Loads the project's models, finds their parallel structures and lays out one representation, off the UI
 * thread; the result goes to {@code done} (still on the job's thread). Cancelable between the steps.
 */
final class DiagramLoadJob extends Job {

	private final IFile file;
	private final String representationId;
	private final Consumer<DiagramSnapshot> done;
	private final Consumer<Throwable> failed;
	private final java.util.Map<Path, String> texts;

	/** {@code texts}: unsaved editor texts by absolute path, read instead of the files on disk. */
	DiagramLoadJob(IFile file, String representationId, java.util.Map<Path, String> texts,
			Consumer<DiagramSnapshot> done, Consumer<Throwable> failed) {
		super(NLS.bind(Messages.Job_load, file.getName()));
		this.file = file;
		this.representationId = representationId;
		this.done = done;
		this.failed = failed;
		this.texts = texts;
		setUser(false);
		setRule(null);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			progress.subTask(Messages.Job_loadModels);
			Path project = Path.of(file.getProject().getLocation().toOSString());
			Path modelFile = Path.of(file.getLocation().toOSString());
			ModelWorkspace workspace = Injectors.dsl().getInstance(ModelWorkspace.class).load(List.of(project), texts);
			List<ModelProblem> problems = workspace.validate(() -> progress.isCanceled());
			int errors = (int) problems.stream().filter(p -> p.severity() == ModelProblem.Severity.ERROR).count();
			progress.worked(4);
			checkCanceled(progress);

			progress.subTask(Messages.Job_analyse);
			DiagramOptions options = DiagramOptions.defaults();
			if (errors == 0) {
				AnalysisResult result = ParallelStructureAnalyzer.analyze(workspace.models(), AnalysisPreferences.settings(),
						AnalysisMonitor.none());
				options = options.withFindings(FindingLinks.of(result));
			}
			progress.worked(2);
			checkCanceled(progress);

			progress.subTask(Messages.Job_layout);
			ExportRequest request = ExportRequest.of(representationId, workspace.models(), null, ExportFormat.SVG)
					.withOptions(options).withSidecar(LayoutSidecar.pathFor(modelFile));
			List<String> warnings = new ArrayList<>();
			TextMeasurer measurer = TextMeasurer.create();
			Diagram diagram = DiagramExporter.layout(request, measurer, warnings);
			progress.worked(4);
			checkCanceled(progress);
			done.accept(new DiagramSnapshot(diagram, request, workspace, measurer, modelFile, errors, warnings,
					ProblemDecorations.of(workspace, problems, diagram)));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			failed.accept(e);
			return Status.OK_STATUS; // shown in the editor's status line, not as a second error dialog
		}
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
