package org.regionet.ui.navigator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.text.edits.ReplaceEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.ide.RegioNetIdeSetup;
import org.regionet.ui.editor.ModelTextEdits;
import org.regionet.ui.navigator.edit.AttributeEdit;
import org.regionet.ui.navigator.edit.Replacement;

/** A property edit lands in the file's text buffer as one undoable change; only unopened files are saved. */
class ModelTextEditsTest {

	private static final String TEXT = """
			namespace nrw.test
			// the chamber
			actor IHK "IHK Aachen" {
				kind chamber-of-industry
			}
			""";
	private static final String CHANGED = TEXT.replace("chamber-of-industry", "union");

	private IProject project;
	private IFile file;

	@BeforeEach
	void createFile() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("navigator-test");
		project.create(null);
		project.open(null);
		file = project.getFile("test.regio");
		file.create(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), true, null);
		file.setCharset("UTF-8", null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, null);
	}

	private static List<ReplaceEdit> kindToUnion(String text) {
		AttributeEdit.Result result = AttributeEdit.compute(new RegioNetIdeSetup().createInjectorAndDoEMFRegistration(),
				text, "test.regio", "/NAMESPACE:nrw.test/ACTOR:IHK", "kind", "union");
		assertNull(result.refusal());
		return result.replacements().stream().map((Replacement r) -> new ReplaceEdit(r.offset(), r.length(), r.text()))
				.toList();
	}

	private String saved() throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aFileNobodyHasOpenIsSavedAndUndoTakesTheChangeBack() throws Exception {
		ModelTextEdits.apply(file, "Change kind of IHK", kindToUnion(TEXT));
		assertEquals(CHANGED, saved());
		RefactoringCore.getUndoManager().performUndo(null, new NullProgressMonitor());
		assertEquals(TEXT, saved());
	}

	@Test
	void anOpenFileChangesInItsBufferAndStaysUnsaved() throws Exception {
		whileOpen(buffer -> {
			ModelTextEdits.apply(file, "Change kind of IHK", kindToUnion(buffer.getDocument().get()));
			assertEquals(CHANGED, buffer.getDocument().get());
			assertTrue(buffer.isDirty());
			assertEquals(TEXT, saved());
		});
	}

	@Test
	void appendingAddsALineToTheOpenEditorsUnsavedText() throws Exception {
		whileOpen(buffer -> {
			buffer.getDocument().replace(TEXT.length(), 0, "// typed, not saved");
			ModelTextEdits.append(file, "Accept finding", "accept gap nrw.test.IHK \"reason\"\n");
			assertEquals(TEXT + "// typed, not saved\naccept gap nrw.test.IHK \"reason\"\n", buffer.getDocument().get());
			assertEquals(TEXT, saved(), "the file on disk is left to the editor's save");
		});
	}

	/** Runs {@code test} while the file's text buffer is held, as an open editor holds it. */
	private void whileOpen(BufferTest test) throws Exception {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			test.run(manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE));
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	private interface BufferTest {
		void run(ITextFileBuffer buffer) throws Exception;
	}

	@Test
	void appendingToAClosedFileSavesIt() throws Exception {
		ModelTextEdits.append(file, "Accept finding", "accept gap nrw.test.IHK \"reason\"\n");
		assertEquals(TEXT + "accept gap nrw.test.IHK \"reason\"\n", saved());
	}
}
