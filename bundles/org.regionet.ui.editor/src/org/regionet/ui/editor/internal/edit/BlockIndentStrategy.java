package org.regionet.ui.editor.internal.edit;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indentation while typing, as the formatter lays blocks out: Enter keeps the line's indentation and adds a tab
 * after an opening brace; Enter between braces puts the closing one on its own line; a closing brace typed on a line
 * of only whitespace goes back one level.
 */
public final class BlockIndentStrategy implements IAutoEditStrategy {

	private static final String INDENT = "\t";

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null
					&& TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
				newLine(document, command);
			} else if ("}".equals(command.text)) {
				closingBrace(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		String indent = leadingWhitespace(before);
		String delimiter = command.text;
		if (before.stripTrailing().endsWith("{")) {
			String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
			command.text = delimiter + indent + INDENT;
			if (after.strip().startsWith("}")) {
				// caret between braces: the closing one moves to its own line, the caret stays inside
				command.caretOffset = command.offset + command.text.length();
				command.shiftsCaret = false;
				command.text += delimiter + indent;
			}
		} else {
			command.text = delimiter + indent;
		}
	}

	private static void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isEmpty() && before.isBlank()) {
			String indent = before.endsWith(INDENT) ? before.substring(0, before.length() - 1)
					: before.substring(0, Math.max(0, before.length() - 4));
			command.offset = line.getOffset();
			command.length = before.length();
			command.text = indent + "}";
		}
	}

	private static String leadingWhitespace(String text) {
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}
}
