package org.regionet.ui.internal.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.regionet.ui.internal.Messages;

/** The rows of the model wizards' pages: a labelled field in a three-column grid, a browse button, a folder choice. */
final class PageFields {

	private PageFields() {
	}

	/** A label and a text field filling the second column. */
	static Text field(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return text;
	}

	/** Lets a field fill the third column too, where others have a button. */
	static void span(Text text) {
		((GridData) text.getLayoutData()).horizontalSpan = 2;
	}

	/** A "Browse…" button in the third column. */
	static void browseButton(Composite page, Runnable action) {
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.NewFile_browse);
		browse.addListener(SWT.Selection, event -> action.run());
	}

	/** Asks for a workspace folder, starting at {@code current}, and writes the chosen path into {@code folder}. */
	static void browseFolder(Text folder, IContainer current) {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(folder.getShell(), current, false,
				Messages.NewFile_chooseFolder);
		if (dialog.open() == Window.OK && dialog.getResult().length == 1
				&& dialog.getResult()[0] instanceof IPath path) {
			folder.setText(path.makeRelative().toString());
		}
	}
}
