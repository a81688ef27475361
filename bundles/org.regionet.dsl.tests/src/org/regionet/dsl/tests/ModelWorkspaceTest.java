package org.regionet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelProblem.Severity;
import org.regionet.dsl.workspace.ModelWorkspace;

import com.google.inject.Injector;

/** Loading files from disk: cross-file links, and bad input reported with file, line, column and cause. */
class ModelWorkspaceTest {

	private static final Injector INJECTOR = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();

	@TempDir
	Path dir;

	private List<ModelProblem> check(Path... paths) {
		return INJECTOR.getInstance(ModelWorkspace.class).load(List.of(paths)).validate(CancelIndicator.NullImpl);
	}

	private Path write(String name, String text) throws Exception {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void linksAcrossFilesWithoutProblems() throws Exception {
		write("land.regio", "namespace nrw\nfield Bildung\nactor MAGS \"Ministerium\"\n");
		write("sub/ac.regio", "namespace nrw.ac\nimport nrw.*\nactivity X { fields Bildung lead MAGS }\n");
		assertEquals(List.of(), check(dir));
	}

	@Test
	void syntaxErrorHasFileLineAndColumn() throws Exception {
		Path file = write("broken.regio", "namespace n\nfield F\nactivity X { fields F lead }\n");
		List<ModelProblem> problems = check(file);
		ModelProblem syntax = problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst().orElseThrow();
		assertEquals(file.toString(), syntax.file());
		assertEquals(3, syntax.line());
		assertTrue(syntax.column() > 1, syntax.format());
	}

	@Test
	void unresolvedReferenceNamesTheMissingElement() throws Exception {
		Path file = write("a.regio", "namespace n\nfield F\nactivity X { fields F lead Nobody }\n");
		ModelProblem problem = check(file).get(0);
		assertEquals(3, problem.line());
		assertTrue(problem.message().contains("Nobody"), problem.message());
	}

	@Test
	void nonUtf8FileIsReportedWithItsPosition() throws Exception {
		Path file = dir.resolve("latin1.regio");
		Files.write(file, "namespace n\nactor A \"Kö\"\n".getBytes(StandardCharsets.ISO_8859_1));
		ModelProblem problem = check(file).get(0);
		assertEquals("regionet.io.encoding", problem.code());
		assertEquals(2, problem.line());
		assertEquals(11, problem.column());
		assertTrue(problem.message().contains("UTF-8"));
	}

	@Test
	void emptyFolderMissingPathAndWrongExtensionAreReported() throws Exception {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		Path other = write("notes.txt", "x");
		List<ModelProblem> problems = check(empty, dir.resolve("missing"), other);
		assertEquals(List.of("regionet.io.empty", "regionet.io.missing", "regionet.io.not-a-model"),
				problems.stream().map(ModelProblem::code).toList());
		assertTrue(problems.stream().allMatch(p -> p.file() != null && !p.message().isBlank()));
	}

	@Test
	void unreadableFileIsReported() throws Exception {
		Path file = write("secret.regio", "namespace n\n");
		file.toFile().setReadable(false);
		if (Files.isReadable(file)) {
			return; // running as root: permissions do not apply, nothing to observe
		}
		assertEquals("regionet.io.unreadable", check(file).get(0).code());
	}
}
