package org.regionet.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;

/**
 * Checks the text of an imported actor list as the file it is to become: parsed, linked and validated together with
 * the models it refers to, before anything is written. Errors are reported at the CSV line they come from.
 */
public final class ActorImportCheck {

	private ActorImportCheck() {
	}

	/**
	 * The errors of {@code result}'s text as the file {@code target}, with the models under {@code models}.
	 *
	 * @param workspace a fresh model workspace (from the language's injector)
	 * @param source    the CSV file's name for the messages
	 */
	public static List<String> errors(ActorCsvImport.Result result, ModelWorkspace workspace, List<Path> models,
			Path target, String source) throws IOException {
		Path scratch = Files.createTempDirectory("regionet-import");
		try {
			String name = target.getFileName().toString();
			Path checked = scratch.resolve(name.endsWith(".regio") ? name : "import.regio");
			Files.writeString(checked, result.text(), StandardCharsets.UTF_8);
			List<Path> roots = new ArrayList<>(models);
			roots.add(checked);
			// a file being replaced inside the models would clash with its successor: the successor stands in for it
			Map<Path, String> texts = Files.exists(target) ? Map.of(target.toAbsolutePath(), "") : Map.of();
			List<String> errors = new ArrayList<>();
			for (ModelProblem problem : workspace.load(roots, texts).validate(CancelIndicator.NullImpl)) {
				if (problem.severity() == ModelProblem.Severity.ERROR && Path.of(problem.file()).toAbsolutePath()
						.normalize().equals(checked.toAbsolutePath().normalize())) {
					errors.add(source + ":" + result.lineOfCsv().getOrDefault(problem.line(), 0) + ": "
							+ problem.message());
				}
			}
			return errors;
		} finally {
			try (Stream<Path> files = Files.walk(scratch)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}
}
