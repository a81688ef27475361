package org.regionet.ui.editor.internal.rename;

import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.model.ModelUris;

/**
 * Text edits of several model files as one workspace change: open files change in their editors and stay unsaved,
 * files nobody has open are saved; the whole change undoes as one.
 */
public final class TextChanges {

	private TextChanges() {
	}

	public static CompositeChange of(String name, Map<URI, List<TextEdit>> editsByFile) {
		CompositeChange all = new CompositeChange(name);
		for (Map.Entry<URI, List<TextEdit>> entry : editsByFile.entrySet()) {
			IFile file = ModelUris.fileOf(entry.getKey());
			TextFileChange change = new OpenAwareChange(file.getName(), file);
			change.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
			MultiTextEdit edits = new MultiTextEdit();
			for (TextEdit edit : entry.getValue()) {
				edits.addChild(new ReplaceEdit(edit.offset(), edit.length(), edit.text()));
			}
			change.setEdit(edits);
			change.setTextType(ModelUris.EXTENSION);
			all.add(change);
		}
		return all;
	}

	/**
	 * Saves only a file nobody else has open: KEEP_SAVE_STATE alone would also save a clean open editor, which
	 * should rather show the change unsaved like any other edit.
	 */
	private static final class OpenAwareChange extends TextFileChange {

		OpenAwareChange(String name, IFile file) {
			super(name, file);
		}

		@Override
		protected boolean needsSaving() {
			ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(getFile().getFullPath(),
					LocationKind.IFILE);
			return super.needsSaving() && (buffer == null || !buffer.isShared());
		}
	}
}
