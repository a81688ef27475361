package org.regionet.dsl.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.regionet.dsl.validation.Messages;
import org.regionet.dsl.workspace.ModelProblem.Severity;

/**
 * Finds the .regio files under the paths a user names, reporting paths that do not exist or hold no model.
 */
public final class ModelFiles {

	public static final String EXTENSION = ".regio";

	private ModelFiles() {
	}

	/** The model files under {@code roots}, sorted for stable output; problems are added to {@code problems}. */
	public static List<Path> collect(List<Path> roots, List<ModelProblem> problems) {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			if (!Files.exists(root)) {
				problems.add(fileProblem(root, Messages.File_missing, "regionet.io.missing"));
			} else if (Files.isDirectory(root)) {
				List<Path> found = walk(root, problems);
				if (found.isEmpty()) {
					problems.add(fileProblem(root, NLS.bind(Messages.File_emptyFolder, EXTENSION), "regionet.io.empty"));
				}
				files.addAll(found);
			} else if (root.getFileName().toString().endsWith(EXTENSION)) {
				files.add(root);
			} else {
				problems.add(fileProblem(root, NLS.bind(Messages.File_notAModel, EXTENSION), "regionet.io.not-a-model"));
			}
		}
		return files.stream().map(Path::normalize).distinct().toList();
	}

	private static List<Path> walk(Path root, List<ModelProblem> problems) {
		try (Stream<Path> stream = Files.walk(root)) {
			return stream.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
					.sorted().toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			problems.add(fileProblem(root, NLS.bind(Messages.File_cannotList, e.getMessage()), "regionet.io.unreadable"));
			return List.of();
		}
	}

	static ModelProblem fileProblem(Path file, String message, String code) {
		return new ModelProblem(file.toString(), 0, 0, Severity.ERROR, message, code);
	}
}
