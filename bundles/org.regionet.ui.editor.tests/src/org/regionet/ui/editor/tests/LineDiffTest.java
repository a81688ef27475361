package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.edit.DocumentEdits;
import org.regionet.ui.editor.internal.edit.LineDiff;
import org.regionet.ui.editor.internal.edit.TextEdit;

/** Cutting a re-serialized text down to the lines that changed, without the formatter's blank-line reflow. */
class LineDiffTest {

	private static final String BEFORE = "namespace a\nimport b.*\n// c\nactor X\nactor Y // y\n";

	@Test
	void anAppendedElementIsOneInsertionAndTheReflowElsewhereIsDropped() {
		String serialized = "namespace a\n\nimport b.*\n\n// c\nactor X\n\nactor Y // y\n\ncooperation Z between X, Y\n";
		List<TextEdit> edits = LineDiff.edits(BEFORE, serialized);
		assertEquals(List.of(new TextEdit(BEFORE.length(), 0, "\ncooperation Z between X, Y\n")), edits);
		assertEquals(BEFORE + "\ncooperation Z between X, Y\n", DocumentEdits.applyTo(BEFORE, edits));
	}

	@Test
	void aRemovedLineIsOneDeletion() {
		List<TextEdit> edits = LineDiff.edits(BEFORE, "namespace a\nimport b.*\n// c\nactor Y // y\n");
		assertEquals(List.of(new TextEdit(BEFORE.indexOf("actor X"), "actor X\n".length(), "")), edits);
	}

	@Test
	void aChangedLineInTheMiddleIsReplacedAndTheRestStays() {
		String after = BEFORE.replace("actor X", "actor X \"Titel\"");
		assertEquals(after, DocumentEdits.applyTo(BEFORE, LineDiff.edits(BEFORE, after)));
		assertEquals(1, LineDiff.edits(BEFORE, after).size());
		assertEquals(List.of(), LineDiff.edits(BEFORE, BEFORE));
	}
}
