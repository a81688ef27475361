package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.model.Analyzer;
import org.regionet.ui.editor.internal.model.ModelUris;
import org.regionet.ui.editor.internal.model.ProjectModel;
import org.regionet.ui.editor.internal.model.ProjectModels;
import org.regionet.ui.editor.internal.model.WorkspaceModelSource;
import org.regionet.ui.editor.internal.problems.MarkerWriter;
import org.regionet.ui.editor.internal.problems.Problem;
import org.regionet.ui.editor.internal.problems.ProblemMarkers;
import org.regionet.ui.editor.internal.problems.RegioMarkerResolutions;

/** Workspace files feed the project model, and problems become markers of the RegioNet problem type. */
class WorkspaceTest {

	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
		project.create(null);
		project.open(null);
		create("nrw.regio", Models.NRW);
		create("sub/aachen.regio", Models.AACHEN);
		create("notes.txt", "not a model");
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, null);
	}

	private IFile create(String path, String text) throws CoreException {
		if (path.contains("/")) {
			project.getFolder(path.substring(0, path.indexOf('/'))).create(true, true, null);
		}
		IFile file = project.getFile(path);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		file.setCharset("UTF-8", null);
		return file;
	}

	@Test
	void theModelSourceListsTheModelFilesOfTheProject() throws Exception {
		WorkspaceModelSource source = new WorkspaceModelSource(project);
		assertEquals(List.of(ModelUris.of(project.getFile("nrw.regio")), ModelUris.of(project.getFile("sub/aachen.regio"))),
				List.copyOf(source.modelFiles()));
		assertEquals(Models.NRW, source.read(ModelUris.of(project.getFile("nrw.regio"))));
		assertEquals(project.getFile("sub/aachen.regio"), ModelUris.fileOf(ModelUris.of(project.getFile("sub/aachen.regio"))));
	}

	@Test
	void problemsBecomeMarkersAndBack() throws Exception {
		IFile file = project.getFile("sub/aachen.regio");
		ProjectModel model = ProjectModels.of(file);
		assertSame(model, ProjectModels.of(project.getFile("nrw.regio")), "one model per project");
		Analyzer analyzer = new Analyzer(LanguageServices.injector());
		List<Problem> problems = model.read(ModelUris.of(file), Models.AACHEN,
				resource -> analyzer.problems(resource, () -> false));
		MarkerWriter.write(file, problems);
		IMarker[] markers = file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(problems.size(), markers.length);
		assertTrue(markers[0].isSubtypeOf(IMarker.PROBLEM) && markers[0].isSubtypeOf(IMarker.TEXT));
		IMarker chair = java.util.Arrays.stream(markers)
				.filter(m -> IssueCodes.CHAIR_NOT_MEMBER.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, ""))).findFirst()
				.orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, chair.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("RA", Models.AACHEN.substring(chair.getAttribute(IMarker.CHAR_START, 0),
				chair.getAttribute(IMarker.CHAR_END, 0)));
		assertEquals(12, chair.getAttribute(IMarker.LINE_NUMBER, 0));
		assertTrue(problems.contains(ProblemMarkers.problemOf(chair)));
		assertTrue(new RegioMarkerResolutions().hasResolutions(chair));
		assertEquals("Add chair 'RA' as a member", new RegioMarkerResolutions().getResolutions(chair)[0].getLabel());
		// The same problems again leave the markers alone.
		long id = chair.getId();
		MarkerWriter.write(file, problems);
		assertNotNull(file.findMarker(id));
		MarkerWriter.write(file, List.of());
		assertEquals(0, file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
	}

	@Test
	void savedChangesReachTheModel() throws Exception {
		IFile aachen = project.getFile("sub/aachen.regio");
		ProjectModel model = ProjectModels.of(aachen);
		Analyzer analyzer = new Analyzer(LanguageServices.injector());
		assertTrue(codes(model, analyzer).stream().noneMatch(c -> c.contains("Linking")));
		project.getFile("nrw.regio").setContents(
				new ByteArrayInputStream(Models.NRW.replace("actor IHK", "actor IHK2").getBytes(StandardCharsets.UTF_8)),
				true, false, null);
		assertTrue(codes(model, analyzer).stream().anyMatch(c -> c.contains("Linking")), codes(model, analyzer).toString());
		assertFalse(project.getFile("notes.txt").getName().endsWith(".regio"));
	}

	private static List<String> codes(ProjectModel model, Analyzer analyzer) throws InterruptedException {
		IFile aachen = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test").getFile("sub/aachen.regio");
		return model.read(ModelUris.of(aachen), Models.AACHEN,
				resource -> analyzer.problems(resource, () -> false).stream().map(Problem::code).toList());
	}
}
