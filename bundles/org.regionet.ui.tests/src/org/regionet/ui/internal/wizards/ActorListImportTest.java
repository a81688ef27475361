package org.regionet.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's work: a CSV list checked with the models of the target's project, nothing written. */
class ActorListImportTest {

	@TempDir
	Path dir;

	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("actor-import-test");
		project.create(null);
		project.open(null);
		project.getFile("nrw.regio").create(new ByteArrayInputStream(
				"namespace nrw\nregion Koeln \"Region Köln\"\n".getBytes(StandardCharsets.UTF_8)), true, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, null);
	}

	@Test
	void aListNamingTheProjectsRegionsBecomesText() throws Exception {
		Path csv = dir.resolve("akteure.csv");
		Files.writeString(csv, "Bezeichnung;Art;Region\nIHK Köln;chamber-of-industry;Koeln\n");
		ActorListImport result = ActorListImport.prepare(csv, project.getFile("koeln.regio"), "nrw.koeln",
				List.of("nrw"));
		assertEquals(List.of(), result.errors());
		assertEquals(1, result.actors());
		assertTrue(result.text().contains("actor IHK_Koeln \"IHK Köln\" {\n\tkind chamber-of-industry\n\tregion Koeln\n}"),
				result.text());
		assertTrue(!project.getFile("koeln.regio").exists(), "nothing is written");
	}

	@Test
	void anUnknownRegionOrAMalformedListGivesErrorsAtTheirLines() throws Exception {
		Path csv = dir.resolve("akteure.csv");
		Files.writeString(csv, "title,regions\nIHK Köln,Koeln\nStadt Bonn,Bonn\n");
		ActorListImport result = ActorListImport.prepare(csv, project.getFile("koeln.regio"), "nrw.koeln",
				List.of("nrw"));
		assertNull(result.text());
		assertEquals(1, result.errors().size(), result.errors().toString());
		assertTrue(result.errors().get(0).startsWith("akteure.csv:3: Unknown region 'Bonn'"), result.errors().toString());

		Files.writeString(csv, "title,kind\nIHK Köln,union,extra\n");
		result = ActorListImport.prepare(csv, project.getFile("koeln.regio"), "nrw.koeln", List.of());
		assertTrue(result.errors().get(0).contains("line 2"), result.errors().toString());
	}
}
