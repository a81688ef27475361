package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.text.Document;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.edit.CommentToggler;
import org.regionet.ui.editor.internal.edit.DocumentEdits;
import org.regionet.ui.editor.internal.edit.DocumentFormatter;
import org.regionet.ui.editor.internal.edit.TextEdit;

/** Formatting, comment toggling and the edits behind them are minimal and undo in one step. */
class EditingTest {

	private static final String MESSY = """
			namespace   nrw.aachen import nrw.*
			// Regionalagentur
			actor RA   "Regionalagentur" {kind regional-agency}
			committee K "Lenkungskreis" { chair RA member RA as chair }
			""";

	private static final String FORMATTED = """
			namespace nrw.aachen

			import nrw.*

			// Regionalagentur
			actor RA "Regionalagentur" {
				kind regional-agency
			}

			committee K "Lenkungskreis" {
				chair RA
				member RA as chair
			}
			""";

	private final DocumentFormatter formatter = new DocumentFormatter(LanguageServices.injector());

	private List<TextEdit> format(String text, int offset, int length) throws Exception {
		MemoryProject project = new MemoryProject().file("a.regio", text);
		return project.read("a.regio", resource -> {
			try {
				return formatter.format(resource, offset, length);
			} catch (DocumentFormatter.SyntaxErrorsException e) {
				return null;
			}
		});
	}

	@Test
	void formattingLaysOutTheWholeFileAndUndoesInOneStep() throws Exception {
		Document document = new Document(MESSY);
		IDocumentUndoManager undo = connectUndo(document);
		DocumentEdits.apply(document, format(MESSY, 0, 0));
		assertEquals(FORMATTED, document.get());
		undo.undo();
		assertEquals(MESSY, document.get());
	}

	@Test
	void formattedTextNeedsNoEdits() throws Exception {
		Document document = new Document(FORMATTED);
		assertEquals(0, DocumentEdits.apply(document, format(FORMATTED, 0, 0)));
	}

	@Test
	void aSelectionFormatsOnlyItsElements() throws Exception {
		int start = MESSY.indexOf("committee");
		String result = DocumentEdits.applyTo(MESSY, format(MESSY, start, MESSY.length() - start));
		assertTrue(result.startsWith("namespace   nrw.aachen import nrw.*"), result);
		assertTrue(result.contains("committee K \"Lenkungskreis\" {\n\tchair RA\n\tmember RA as chair\n}"), result);
	}

	@Test
	void textWithSyntaxErrorsIsNotFormatted() throws Exception {
		assertNull(format(MESSY + "actor {", 0, 0));
	}

	@Test
	void theExampleModelFormatsWithoutSyntaxErrors() throws Exception {
		String aachen = new String(org.eclipse.core.runtime.Platform.getBundle("org.regionet.examples")
				.getEntry("models/aachen.regio").openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String text = aachen + "\ncommittee Probe_K   \"K\" {chair RA_Aachen member IHK_Aachen }\n";
		List<TextEdit> edits = format(text, 0, 0);
		assertTrue(edits != null && !edits.isEmpty());
		assertTrue(DocumentEdits.applyTo(text, edits)
				.endsWith("committee Probe_K \"K\" {\n\tchair RA_Aachen\n\tmember IHK_Aachen\n}\n"));
	}

	@Test
	void editsAreTrimmedToWhatChanges() {
		assertEquals(new TextEdit(12, 1, "\t"), new TextEdit(10, 4, "\n\n\t ").minimal("\n\n  "));
		assertNull(new TextEdit(0, 2, "ab").minimal("ab"));
		assertEquals(new TextEdit(1, 0, "x"), new TextEdit(0, 2, "axb").minimal("ab"));
	}

	@Test
	void toggleCommentAddsAndRemovesLineComments() throws Exception {
		String text = "actor A\n\tkind other\n\nactor B\n";
		Document document = new Document(text);
		IDocumentUndoManager undo = connectUndo(document);
		// Lines 1 to 4; a selection that ends at the start of line 4 leaves it out.
		DocumentEdits.apply(document, CommentToggler.toggle(document, 0, text.indexOf("actor B")));
		assertEquals("//actor A\n//\tkind other\n\nactor B\n", document.get());
		DocumentEdits.apply(document, CommentToggler.toggle(document, 3, 10));
		assertEquals(text, document.get());
		undo.undo();
		assertEquals("//actor A\n//\tkind other\n\nactor B\n", document.get());
		// A mixed selection is commented, not uncommented.
		document.set("//a\nb\n");
		DocumentEdits.apply(document, CommentToggler.toggle(document, 0, 5));
		assertEquals("////a\n//b\n", document.get());
		// An empty line on its own gets a comment too.
		document.set("\n");
		DocumentEdits.apply(document, CommentToggler.toggle(document, 0, 0));
		assertEquals("//\n", document.get());
	}

	private static IDocumentUndoManager connectUndo(Document document) {
		DocumentUndoManagerRegistry.connect(document);
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		undo.connect(EditingTest.class);
		return undo;
	}
}
