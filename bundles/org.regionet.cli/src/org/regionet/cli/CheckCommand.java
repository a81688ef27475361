package org.regionet.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisResult;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.FindingFilter;
import org.regionet.analysis.ParallelStructureAnalyzer;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.io.report.CheckReport;
import org.regionet.io.report.ReportWriter;

import com.google.inject.Injector;

/**
 * {@code regionet check}: loads, links and validates model files, analyses them for parallel structures and
 * reports everything in the chosen format.
 */
public class CheckCommand {

	public static final int EXIT_OK = 0;
	public static final int EXIT_ERRORS = 1;
	public static final int EXIT_USAGE = 2;

	private final PrintStream out;
	private final PrintStream err;

	public CheckCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		CheckOptions options;
		AnalysisSettings settings;
		try {
			options = CheckOptions.parse(args);
			settings = AnalysisSettings.fromMap(options.settings());
		} catch (IllegalArgumentException e) {
			err.println("regionet check: " + e.getMessage());
			err.println(CheckOptions.USAGE);
			return EXIT_USAGE;
		}
		if (options.showHelp()) {
			out.println(CheckOptions.USAGE);
			return EXIT_OK;
		}
		Logging.quiet();
		Injector injector = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();
		ModelWorkspace workspace = injector.getInstance(ModelWorkspace.class).load(options.paths());
		List<ModelProblem> problems = workspace.validate(CancelIndicator.NullImpl).stream()
				.sorted(ProblemReport.ORDER).toList();
		ProblemReport problemReport = new ProblemReport(workspace.fileCount(), problems);
		FindingFilter filter;
		try {
			filter = ScopeNames.filter(options.scope(), workspace.models());
		} catch (IllegalArgumentException e) {
			err.println("regionet check: " + e.getMessage());
			return EXIT_USAGE;
		}
		if (!filter.isEmpty()) {
			err.println("regionet check: reporting only findings of " + filter);
		}
		AnalysisResult analysis = null;
		if (options.analyse() && problemReport.count(ModelProblem.Severity.ERROR) == 0 && workspace.fileCount() > 0) {
			// the choice of findings narrows the report and the exit code, not the analysis: scores stay the same
			analysis = ParallelStructureAnalyzer.analyze(workspace.models(), settings, AnalysisMonitor.none())
					.filtered(filter);
		}
		CheckReport report = new CheckReport(Path.of("").toAbsolutePath(), workspace.fileCount(), problems, analysis,
				resource -> {
					Path path = workspace.pathOf(resource);
					return path == null ? null : path.toString();
				});
		try {
			write(report, options);
		} catch (IOException e) {
			err.println("regionet check: cannot write " + options.output() + ": " + e.getMessage());
			return EXIT_USAGE;
		}
		return exitCode(problemReport, analysis, options.failOn());
	}

	private void write(CheckReport report, CheckOptions options) throws IOException {
		ReportWriter writer = options.format().writer();
		if (options.output() == null) {
			Writer console = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(report, console);
			console.flush();
			return;
		}
		StringWriter text = new StringWriter();
		writer.write(report, text);
		// One atomic writer for all outputs (temp file, fsync, move, permissions kept).
		org.regionet.diagram.io.AtomicFiles.write(options.output(), text.toString().getBytes(StandardCharsets.UTF_8));
		err.println("regionet check: report written to " + options.output());
	}

	static int exitCode(ProblemReport problems, AnalysisResult analysis, CheckOptions.FailOn failOn) {
		if (problems.exitCode() == EXIT_USAGE) {
			return EXIT_USAGE;
		}
		return switch (failOn) {
			case NEVER -> EXIT_OK;
			case ERROR -> problems.count(ModelProblem.Severity.ERROR) > 0 ? EXIT_ERRORS : EXIT_OK;
			case WARNING -> problems.count(ModelProblem.Severity.ERROR) > 0
					|| problems.count(ModelProblem.Severity.WARNING) > 0
					|| (analysis != null && analysis.findings().stream()
							.anyMatch(f -> f.severity() == org.regionet.analysis.Severity.WARNING)) ? EXIT_ERRORS : EXIT_OK;
		};
	}
}
