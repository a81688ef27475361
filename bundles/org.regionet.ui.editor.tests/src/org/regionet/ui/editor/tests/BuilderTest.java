package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.build.RegioBuilder;
import org.regionet.ui.editor.internal.build.RegioNature;
import org.regionet.ui.editor.internal.problems.ProblemMarkers;

/** The project builder keeps markers current in files nobody has open, across files. */
class BuilderTest {

	private static final String USES_IHK = """
			namespace nrw.aachen
			import nrw.*
			activity Summit "Fachkräfte-Summit" {
				fields Bildung
				lead IHK
			}
			""";

	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("builder-test");
		assertTrue(ResourcesPlugin.getWorkspace().getNatureDescriptor(RegioNature.ID) != null, "nature registered");
		project.create(null);
		project.open(null);
		// Natures are configured when they are set on an open project, as the wizards do.
		IProjectDescription description = project.getDescription();
		description.setNatureIds(new String[] {RegioNature.ID});
		project.setDescription(description, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, null);
	}

	private IFile write(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		var in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, IResource.FORCE, null);
		} else {
			file.create(in, true, null);
			file.setCharset("UTF-8", null);
		}
		return file;
	}

	private static List<String> errors(IFile file) throws CoreException {
		return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	@Test
	void theNatureInstallsTheBuilder() throws CoreException {
		assertTrue(Arrays.stream(project.getDescription().getBuildSpec())
				.anyMatch(c -> RegioBuilder.ID.equals(c.getBuilderName())));
	}

	@Test
	void markersFollowChangesInAnotherFile() throws CoreException {
		IFile aachen = write("aachen.regio", USES_IHK);
		write("nrw.regio", Models.NRW.replace("actor IHK ", "actor IHK_Aachen "));
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		List<String> before = errors(aachen);
		assertTrue(before.stream().anyMatch(m -> m.contains("IHK")), "unresolved lead in a file never opened: " + before);

		write("nrw.regio", Models.NRW);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		assertEquals(List.of(), errors(aachen), "the declaration is back, so the link resolves");
	}
}
