package org.regionet.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;

import com.google.inject.Injector;

/**
 * {@code regionet check}: loads, links and validates model files and reports every problem.
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
		try {
			options = CheckOptions.parse(args);
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
		ProblemReport report = new ProblemReport(workspace.fileCount(), problems);
		switch (options.format()) {
			case JSON -> out.println(report.toJson());
			case TEXT -> report.printText(out);
		}
		out.flush();
		return report.exitCode();
	}
}
