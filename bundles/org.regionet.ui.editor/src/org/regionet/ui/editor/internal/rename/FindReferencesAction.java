package org.regionet.ui.editor.internal.rename;

import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.navigate.Navigator;
import org.regionet.ui.editor.internal.navigate.Target;

/**
 * Ctrl+Shift+G: lists the declaration and every reference of the element at the caret, in all files of the
 * project; choosing one opens it.
 */
public class FindReferencesAction extends Action {

	public static final String COMMAND_ID = "org.regionet.ui.editor.findReferences";

	private final ITextEditor editor;
	private final Supplier<EditorSession> sessions;

	public FindReferencesAction(ITextEditor editor, Supplier<EditorSession> sessions) {
		super(Messages.Action_findReferences);
		this.editor = editor;
		this.sessions = sessions;
		setActionDefinitionId(COMMAND_ID);
	}

	@Override
	public void run() {
		EditorSession session = sessions.get();
		if (session == null) {
			return;
		}
		TargetLookup.run(editor, session, target -> {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(),
					new OccurrenceLabels());
			dialog.setTitle(NLS.bind(Messages.References_title, target.kind(), target.name()));
			dialog.setMessage(NLS.bind(Messages.References_message, target.occurrences().size() - 1));
			dialog.setElements(target.occurrences().toArray());
			dialog.setMultipleSelection(false);
			dialog.setMatchEmptyString(true);
			dialog.setAllowDuplicates(true);
			dialog.setSize(110, 25);
			if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Occurrence occurrence) {
				Navigator.open(editor.getSite().getPage(),
						new Target(occurrence.file(), occurrence.offset(), occurrence.length()));
			}
		});
	}

	private static final class OccurrenceLabels extends LabelProvider {
		@Override
		public String getText(Object element) {
			Occurrence occurrence = (Occurrence) element;
			String file = org.eclipse.emf.common.util.URI.decode(occurrence.file().lastSegment());
			return file + ":" + occurrence.line() + "  " + occurrence.lineText()
					+ (occurrence.declaration() ? "  " + Messages.References_declaration : "");
		}
	}
}
