package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.model.Activity;
import org.regionet.model.RegioModel;

/** The project model links files to each other and follows edits and saved changes of every file. */
class ProjectModelTest {

	private MemoryProject project() {
		return new MemoryProject().file("nrw.regio", Models.NRW).file("aachen.regio", Models.AACHEN);
	}

	@Test
	void linksResolveAcrossFiles() throws Exception {
		MemoryProject project = project();
		String lead = project.read("aachen.regio", resource -> {
			Activity activity = (Activity) ((RegioModel) resource.getContents().get(0)).getElements().get(2);
			return activity.getLead().eIsProxy() ? null : activity.getLead().getTitle();
		});
		assertEquals("IHK Aachen", lead);
		assertFalse(project.read("aachen.regio", MemoryProject::codes).contains(Diagnostic.LINKING_DIAGNOSTIC));
	}

	@Test
	void renamingInOneFileBreaksTheLinksOfTheOther() throws Exception {
		MemoryProject project = project();
		project.read("aachen.regio", MemoryProject::codes);
		project.read("nrw.regio", Models.NRW.replace("actor IHK", "actor IHK_Aachen"), r -> null);
		List<String> codes = project.read("aachen.regio", MemoryProject::codes);
		assertTrue(codes.contains(Diagnostic.LINKING_DIAGNOSTIC), codes.toString());
		// And back: the links heal.
		project.read("nrw.regio", Models.NRW, r -> null);
		assertFalse(project.read("aachen.regio", MemoryProject::codes).contains(Diagnostic.LINKING_DIAGNOSTIC));
	}

	@Test
	void savedChangesOfOtherFilesAreReadAgain() throws Exception {
		MemoryProject project = project();
		project.read("aachen.regio", MemoryProject::codes);
		project.saved.put(MemoryProject.uri("nrw.regio"), Models.NRW.replace("actor IHK", "actor IHK2"));
		project.model.fileChanged(MemoryProject.uri("nrw.regio"));
		assertTrue(project.read("aachen.regio", MemoryProject::codes).contains(Diagnostic.LINKING_DIAGNOSTIC));
	}

	@Test
	void anOpenEditorsTextWinsOverTheSavedText() throws Exception {
		MemoryProject project = project();
		URI nrw = MemoryProject.uri("nrw.regio");
		project.model.connectEditor(nrw);
		project.read("nrw.regio", Models.NRW, r -> null);
		project.saved.put(nrw, Models.NRW.replace("actor IHK", "actor IHK2"));
		project.model.fileChanged(nrw);
		assertFalse(project.read("aachen.regio", MemoryProject::codes).contains(Diagnostic.LINKING_DIAGNOSTIC));
		// Closing the editor makes the saved text count.
		project.model.disconnectEditor(nrw);
		assertTrue(project.read("aachen.regio", MemoryProject::codes).contains(Diagnostic.LINKING_DIAGNOSTIC));
	}

	@Test
	void listenersHearOfChangesToOtherFiles() throws Exception {
		MemoryProject project = project();
		List<URI> changed = new ArrayList<>();
		project.read("aachen.regio", r -> null);
		project.model.addChangeListener(changed::add);
		project.read("nrw.regio", Models.NRW + "\nregion Koeln\n", r -> null);
		assertEquals(List.of(MemoryProject.uri("nrw.regio")), changed);
		project.read("nrw.regio", Models.NRW + "\nregion Koeln\n", r -> null);
		assertEquals(1, changed.size(), "the same text again is no change");
	}

	@Test
	void tryReadNeverParses() throws Exception {
		MemoryProject project = project();
		URI aachen = MemoryProject.uri("aachen.regio");
		assertTrue(project.model.tryRead(aachen, Models.AACHEN, r -> "x").isEmpty(), "nothing loaded yet");
		project.read("aachen.regio", r -> null);
		assertEquals("x", project.model.tryRead(aachen, Models.AACHEN, r -> "x").orElseThrow());
		assertTrue(project.model.tryRead(aachen, Models.AACHEN + " ", r -> "x").isEmpty(), "text differs");
	}

	@Test
	void crossFileChecksSeeTheEditedText() throws Exception {
		MemoryProject project = project();
		// A second declaration of IHK in another namespace is fine, one in nrw is a duplicate.
		List<String> codes = project.read("aachen.regio", Models.AACHEN.replace("namespace nrw.aachen", "namespace nrw")
				.replace("import nrw.*\n", "") + "actor IHK\n", MemoryProject::codes);
		assertTrue(codes.contains(IssueCodes.DUPLICATE_NAME), codes.toString());
	}
}
