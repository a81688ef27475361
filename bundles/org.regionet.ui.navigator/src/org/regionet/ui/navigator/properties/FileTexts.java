package org.regionet.ui.navigator.properties;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

/** The current text of a model file: the open editor's (unsaved) text if there is one, else the saved file. */
final class FileTexts {

	private FileTexts() {
	}

	/** The text, or null if the file cannot be read. */
	static String current(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
				LocationKind.IFILE);
		if (buffer != null) {
			return buffer.getDocument().get();
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), file.getCharset());
		} catch (IOException | CoreException e) {
			return null;
		}
	}
}
