package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentCommand;
import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.edit.BlockIndentStrategy;

/** Typing Enter and a closing brace indents as the formatter lays out blocks. */
class BlockIndentTest {

	/** The text after typing {@code typed} at {@code offset}, through the strategy as the viewer runs it. */
	private static String type(String text, int offset, String typed) throws Exception {
		Document document = new Document(text);
		DocumentCommand command = new DocumentCommand() {
		};
		command.doit = true;
		command.offset = offset;
		command.length = 0;
		command.text = typed;
		command.caretOffset = -1;
		command.shiftsCaret = true;
		new BlockIndentStrategy().customizeDocumentCommand(document, command);
		document.replace(command.offset, command.length, command.text);
		return document.get();
	}

	@Test
	void enterAfterAnOpeningBraceIndentsOneLevelMore() throws Exception {
		String text = "\tactivity A \"A\" {";
		assertEquals("\tactivity A \"A\" {\n\t\t", type(text, text.length(), "\n"));
	}

	@Test
	void enterBetweenBracesPutsTheClosingOneOnItsOwnLine() throws Exception {
		String text = "actor A {}";
		assertEquals("actor A {\n\t\n}", type(text, text.indexOf('}'), "\n"));
	}

	@Test
	void enterElsewhereKeepsTheLineIndentation() throws Exception {
		String text = "\t\tlead IHK";
		assertEquals("\t\tlead IHK\n\t\t", type(text, text.length(), "\n"));
	}

	@Test
	void aClosingBraceOnAnEmptyIndentedLineGoesBackOneLevel() throws Exception {
		String text = "actor A {\n\tkind other\n\t";
		assertEquals("actor A {\n\tkind other\n}", type(text, text.length(), "}"));
		String code = "\tpartners A, B ";
		assertEquals(code + "}", type(code, code.length(), "}"));
	}
}
