package org.regionet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.regionet.analysis.dedupe.CsvFormatException;
import org.regionet.analysis.dedupe.CsvReader;
import org.regionet.analysis.dedupe.CsvTable;
import org.regionet.diagram.io.AtomicFiles;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.io.csv.ActorCsvImport;
import org.regionet.io.csv.ActorImportCheck;

/**
 * {@code regionet import}: a spreadsheet's list of actors (CSV) becomes a {@code .regio} file. The new file is parsed,
 * linked and checked together with the models it refers to before it is written; with any error nothing is written,
 * and every error names the CSV line it comes from.
 */
public class ImportCommand {

	static final String USAGE = """
			Usage: regionet import --input ACTORS.csv --namespace NS --output FILE.regio [OPTIONS]
			  Turns a list of actors (CSV saved from a spreadsheet: one actor per row, UTF-8 or Windows-1252,
			  delimiter , ; or tab) into a model file. Columns are found by their header: title/Titel/Bezeichnung,
			  name/Kurzname, kind/Art, regions/Region, aliases/Alias (several separated by ;), contact/Kontakt,
			  description/Beschreibung; a title or a name is required, a missing name is made from the title.
			  The new file is checked with the models under --model first; with any error nothing is written.
			Options:
			  --model PATH     models the new file refers to, e.g. its regions (repeatable)
			  --import NS      let rows name the elements of namespace NS simply, e.g. --import nrw (repeatable)
			  --replace        overwrite FILE.regio if it exists
			  -h, --help       show this help
			Exit codes: 0 written, 1 errors in the list (nothing written), 2 usage or I/O error.""";

	private final PrintStream out;
	private final PrintStream err;

	public ImportCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("regionet import: " + e.getMessage());
			err.println(USAGE);
			return CheckCommand.EXIT_USAGE;
		}
		if (options == null) {
			out.println(USAGE);
			return CheckCommand.EXIT_OK;
		}
		if (Files.exists(options.output) && !options.replace) {
			err.println("regionet import: " + options.output + " exists; --replace overwrites it");
			return CheckCommand.EXIT_USAGE;
		}
		try {
			CsvTable table = CsvReader.read(options.input);
			ActorCsvImport.Result result = ActorCsvImport.toRegio(table, options.namespace, options.imports,
					options.input.toString());
			List<String> problems = result.problems().isEmpty() ? check(result, options) : result.problems();
			if (!problems.isEmpty()) {
				problems.forEach(err::println);
				err.println("regionet import: " + problems.size() + " error(s); nothing written");
				return CheckCommand.EXIT_ERRORS;
			}
			AtomicFiles.write(options.output, result.text().getBytes(StandardCharsets.UTF_8));
			out.println(result.actors() + " actor(s) from " + options.input + " written to " + options.output);
			return CheckCommand.EXIT_OK;
		} catch (CsvFormatException e) {
			err.println("regionet import: " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		} catch (IOException e) {
			err.println("regionet import: cannot read or write: " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		}
	}

	/** The errors of the new file when checked with the models, each at the CSV line it comes from. */
	private static List<String> check(ActorCsvImport.Result result, Options options) throws IOException {
		Logging.quiet();
		ModelWorkspace workspace = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ModelWorkspace.class);
		return ActorImportCheck.errors(result, workspace, options.models, options.output, options.input.toString());
	}

	/** The parsed command line; {@code null} from {@link #parse} means help. */
	private record Options(Path input, String namespace, Path output, List<Path> models, List<String> imports,
			boolean replace) {

		static Options parse(String... args) {
			Path input = null;
			String namespace = null;
			Path output = null;
			List<Path> models = new ArrayList<>();
			List<String> imports = new ArrayList<>();
			boolean replace = false;
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "-h", "--help" -> {
						return null;
					}
					case "--input" -> input = Path.of(Arguments.value(args, ++i));
					case "--namespace" -> namespace = Arguments.value(args, ++i);
					case "--output" -> output = Path.of(Arguments.value(args, ++i));
					case "--model" -> models.add(Path.of(Arguments.value(args, ++i)));
					case "--import" -> imports.add(Arguments.value(args, ++i));
					case "--replace" -> replace = true;
					default -> throw new IllegalArgumentException("unknown argument " + args[i]);
				}
			}
			if (input == null || namespace == null || output == null) {
				throw new IllegalArgumentException("--input, --namespace and --output are required");
			}
			return new Options(input, namespace, output, List.copyOf(models), List.copyOf(imports), replace);
		}
	}
}
