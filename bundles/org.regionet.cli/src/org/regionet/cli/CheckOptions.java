package org.regionet.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.regionet.io.report.ReportFormat;
import org.regionet.model.FindingKind;

/**
 * The parsed command line of {@code regionet check}.
 */
public record CheckOptions(List<Path> paths, ReportFormat format, Path output, FailOn failOn, boolean analyse,
		Map<String, String> settings, Scope scope, boolean showHelp) {

	/**
	 * Which findings to report: of one kind, of one region, of one action field ({@code null} for any); region and
	 * field as the user named them, resolved against the models later.
	 */
	public record Scope(FindingKind kind, String region, String field) {

		public static final Scope ALL = new Scope(null, null, null);
	}

	/** Which level of result makes the check fail (exit code 1). */
	public enum FailOn {
		ERROR, WARNING, NEVER
	}

	public static final String USAGE = """
			Usage: regionet check [OPTIONS] PATH...
			  Loads all .regio files under the given files or folders, links and validates them, then looks for
			  parallel structures (duplicate actors, parallel activities, overlapping committees, cross-region
			  analogues, coverage gaps) and reports problems and findings with their evidence.
			Options:
			  --format text|json|sarif|csv|html   output format (default text)
			  --output FILE                       write the report to FILE (atomically) instead of standard output
			  --fail-on error|warning|never       exit 1 on errors (default), also on warnings and findings, or never
			  --no-analysis                       validate only
			  --kind KIND                         report findings of one kind only: duplicate-actor, parallel,
			                                      overlapping-committee, analogue or gap
			  --region NAME                       report findings concerning one region only (qualified or simple
			                                      name, or title)
			  --field NAME                        report findings in one action field (or its topics) only
			  --set KEY=VALUE                     analysis setting, e.g. --set parallelThreshold=0.6 (repeatable)
			  -h, --help                          show this help
			Exit codes: 0 passed, 1 failed (see --fail-on), 2 usage or I/O error.""";

	/** Parses the arguments; throws {@link IllegalArgumentException} with a user-facing message on misuse. */
	public static CheckOptions parse(String... args) {
		List<Path> paths = new ArrayList<>();
		ReportFormat format = ReportFormat.TEXT;
		Path output = null;
		FailOn failOn = FailOn.ERROR;
		boolean analyse = true;
		Map<String, String> settings = new LinkedHashMap<>();
		FindingKind kind = null;
		String region = null;
		String field = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String inlineValue = null;
			if (arg.startsWith("--") && arg.contains("=") && !arg.startsWith("--set")) {
				inlineValue = arg.substring(arg.indexOf('=') + 1);
				arg = arg.substring(0, arg.indexOf('='));
			}
			switch (arg) {
				case "-h", "--help" -> {
					return new CheckOptions(List.of(), format, null, failOn, analyse, Map.of(), Scope.ALL, true);
				}
				case "--format" -> format = ReportFormat.parse(inlineValue != null ? inlineValue : Arguments.value(args, ++i));
				case "--output" -> output = Path.of(inlineValue != null ? inlineValue : Arguments.value(args, ++i));
				case "--fail-on" -> failOn = parseFailOn(inlineValue != null ? inlineValue : Arguments.value(args, ++i));
				case "--no-analysis" -> analyse = false;
				case "--kind" -> kind = parseKind(inlineValue != null ? inlineValue : Arguments.value(args, ++i));
				case "--region" -> region = inlineValue != null ? inlineValue : Arguments.value(args, ++i);
				case "--field" -> field = inlineValue != null ? inlineValue : Arguments.value(args, ++i);
				case "--set" -> addSetting(settings, Arguments.value(args, ++i));
				default -> {
					if (arg.startsWith("--set=")) {
						addSetting(settings, arg.substring("--set=".length()));
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
		return new CheckOptions(List.copyOf(paths), format, output, failOn, analyse, Map.copyOf(settings),
				new Scope(kind, region, field), false);
	}

	private static FailOn parseFailOn(String value) {
		return switch (value) {
			case "error" -> FailOn.ERROR;
			case "warning" -> FailOn.WARNING;
			case "never" -> FailOn.NEVER;
			default -> throw new IllegalArgumentException("unknown --fail-on '" + value + "': use error, warning or never");
		};
	}

	private static FindingKind parseKind(String value) {
		FindingKind kind = FindingKind.get(value);
		if (kind == null) {
			throw new IllegalArgumentException("unknown --kind '" + value + "': use "
					+ String.join(", ", FindingKind.VALUES.stream().map(FindingKind::getLiteral).toList()));
		}
		return kind;
	}

	private static void addSetting(Map<String, String> settings, String keyValue) {
		int eq = keyValue.indexOf('=');
		if (eq <= 0) {
			throw new IllegalArgumentException("--set needs KEY=VALUE, got '" + keyValue + "'");
		}
		settings.put(keyValue.substring(0, eq).trim(), keyValue.substring(eq + 1).trim());
	}
}
