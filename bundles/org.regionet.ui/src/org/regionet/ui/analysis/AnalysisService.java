package org.regionet.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.regionet.analysis.AnalysisCanceledException;
import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisResult;
import org.regionet.analysis.ParallelStructureAnalyzer;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.ui.editor.RegioLanguage;
import org.regionet.ui.editor.UnsavedModelTexts;
import org.regionet.ui.internal.Messages;

import com.google.inject.Injector;

/**
 * Runs the parallel-structure analysis of a project in a Job (on the texts the user sees: open editors' unsaved
 * changes count) (progress, cancel) and tells the views when a new
 * result is there. Analysis logic stays in org.regionet.analysis; this class only schedules and dispatches.
 */
public final class AnalysisService {

	private static final long SETTINGS_QUIET_MILLIS = 300;
	private static final AnalysisService INSTANCE = new AnalysisService();

	private final List<Consumer<ProjectAnalysis>> listeners = new CopyOnWriteArrayList<>();
	private volatile ProjectAnalysis latest;

	/** Re-runs the latest analysis shortly after the settings changed (the preference page writes several keys). */
	private final Job rerunOnSettingsChange = Job.createSystem(Messages.Analysis_rerunJobName, monitor -> {
		ProjectAnalysis previous = latest;
		if (previous != null && previous.project().isAccessible()) {
			analyse(previous.project());
		}
	});

	private AnalysisService() {
		InstanceScope.INSTANCE.getNode(AnalysisPreferences.NODE)
				.addPreferenceChangeListener(event -> rerunOnSettingsChange.schedule(SETTINGS_QUIET_MILLIS));
	}

	public static AnalysisService get() {
		return INSTANCE;
	}

	public ProjectAnalysis latest() {
		return latest;
	}

	public void addListener(Consumer<ProjectAnalysis> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ProjectAnalysis> listener) {
		listeners.remove(listener);
	}

	/** Schedules the analysis of the project; the listeners get the result on the job's thread. */
	public Job analyse(IProject project) {
		return analyse(project, 0);
	}

	/** Like {@link #analyse(IProject)}, starting after {@code delayMillis}. */
	public Job analyse(IProject project, long delayMillis) {
		Job job = Job.create(NLS.bind(Messages.Analysis_jobName, project.getName()),
				(org.eclipse.core.runtime.jobs.IJobFunction) monitor -> run(project, monitor));
		job.setRule(project);
		job.setUser(true);
		job.schedule(delayMillis);
		return job;
	}

	private IStatus run(IProject project, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try {
			progress.subTask(Messages.Analysis_loading);
			ModelWorkspace workspace = injector().getInstance(ModelWorkspace.class)
					.load(List.of(Path.of(project.getLocation().toOSString())), UnsavedModelTexts.of(project));
			workspace.validate(() -> progress.isCanceled());
			progress.worked(40);
			SubMonitor analysing = progress.split(60);
			analysing.setWorkRemaining(1000);
			AnalysisMonitor analysisMonitor = AnalysisMonitor.of(analysing::isCanceled, (phase, units) -> {
				analysing.subTask(phase);
				analysing.worked(units);
			});
			AnalysisResult result = ParallelStructureAnalyzer.analyze(workspace.models(),
					AnalysisPreferences.settings(), analysisMonitor);
			latest = new ProjectAnalysis(project, workspace, result);
			listeners.forEach(listener -> listener.accept(latest));
			return Status.OK_STATUS;
		} catch (AnalysisCanceledException | OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	/** The language injector the editor and the builder use too: a second one would double the start-up work. */
	private static Injector injector() {
		return RegioLanguage.injector();
	}
}
