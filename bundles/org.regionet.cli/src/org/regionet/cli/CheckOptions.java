package org.regionet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed command line of {@code regionet check}.
 */
public record CheckOptions(List<Path> paths, OutputFormat format, boolean showHelp) {

	/** Output formats of the check. */
	public enum OutputFormat {
		TEXT, JSON
	}

	public static final String USAGE = """
			Usage: regionet check [--format text|json] PATH...
			  Loads all .regio files under the given files or folders, links and validates them and prints
			  one line per problem: file:line:col: severity: message [code].
			Options:
			  --format text|json   output format (default text)
			  -h, --help           show this help
			Exit codes: 0 no errors, 1 errors found, 2 usage or I/O error.""";

	/** Parses the arguments; throws {@link IllegalArgumentException} with a user-facing message on misuse. */
	public static CheckOptions parse(String... args) {
		List<Path> paths = new ArrayList<>();
		OutputFormat format = OutputFormat.TEXT;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "-h", "--help" -> {
					return new CheckOptions(List.of(), format, true);
				}
				case "--format" -> {
					if (i + 1 >= args.length) {
						throw new IllegalArgumentException("--format needs a value: text or json");
					}
					format = parseFormat(args[++i]);
				}
				default -> {
					if (arg.startsWith("--format=")) {
						format = parseFormat(arg.substring("--format=".length()));
					} else if (arg.startsWith("-")) {
						throw new IllegalArgumentException("unknown option " + arg);
					} else {
						paths.add(Path.of(arg));
					}
				}
			}
		}
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("no PATH given");
		}
		return new CheckOptions(List.copyOf(paths), format, false);
	}

	private static OutputFormat parseFormat(String value) {
		return switch (value) {
			case "text" -> OutputFormat.TEXT;
			case "json" -> OutputFormat.JSON;
			default -> throw new IllegalArgumentException("unknown format '" + value + "': use text or json");
		};
	}
}
