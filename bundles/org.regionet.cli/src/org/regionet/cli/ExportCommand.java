package org.regionet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.diagram.io.AtomicFiles;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.io.csv.ActorCsvExport;

/**
 * {@code regionet export}: the actors of model files as a CSV list for spreadsheets, in the columns
 * {@code regionet import} reads back. Models with errors are not exported: the list would be incomplete.
 */
public class ExportCommand {

	static final String USAGE = """
			Usage: regionet export --output ACTORS.csv PATH...
			  Writes the actors of the .regio files under the given files or folders as a CSV list (UTF-8, comma,
			  one actor per row; columns namespace, name, title, kind, regions, aliases, contact, description), which
			  spreadsheets open and regionet import reads back. Cells a spreadsheet would evaluate are defused.
			  Models with errors are not exported.
			Options:
			  --output FILE    the CSV file, written atomically
			  -h, --help       show this help
			Exit codes: 0 written, 1 errors in the models (nothing written), 2 usage or I/O error.""";

	private final PrintStream out;
	private final PrintStream err;

	public ExportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		Path output = null;
		List<Path> paths = new ArrayList<>();
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "-h", "--help" -> {
						out.println(USAGE);
						return CheckCommand.EXIT_OK;
					}
					case "--output" -> output = Path.of(Arguments.value(args, ++i));
					default -> {
						if (args[i].startsWith("-")) {
							return usage("unknown option " + args[i]);
						}
						paths.add(Path.of(args[i]));
					}
				}
			}
		} catch (IllegalArgumentException e) {
			return usage(e.getMessage());
		}
		if (output == null || paths.isEmpty()) {
			return usage("--output and a PATH are required");
		}
		Logging.quiet();
		ModelWorkspace workspace = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ModelWorkspace.class).load(paths);
		List<ModelProblem> errors = workspace.validate(CancelIndicator.NullImpl).stream()
				.filter(problem -> problem.severity() == ModelProblem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(problem -> err.println(problem.file() + ":" + problem.line() + ":" + problem.column()
					+ ": error: " + problem.message()));
			err.println("regionet export: " + errors.size() + " error(s) in the models; nothing written");
			return CheckCommand.EXIT_ERRORS;
		}
		try {
			StringWriter csv = new StringWriter();
			int actors = ActorCsvExport.write(workspace.models(), csv);
			AtomicFiles.write(output, csv.toString().getBytes(StandardCharsets.UTF_8));
			out.println(actors + " actor(s) from " + workspace.fileCount() + " file(s) written to " + output);
			return CheckCommand.EXIT_OK;
		} catch (IOException e) {
			err.println("regionet export: cannot write " + output + ": " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		}
	}

	private int usage(String problem) {
		err.println("regionet export: " + problem);
		err.println(USAGE);
		return CheckCommand.EXIT_USAGE;
	}
}
