package org.regionet.ui.editor.internal.rename;

import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.regionet.ui.editor.internal.Messages;

/** Asks for the new name, checks it while typing, and offers the preview of all changes. */
public class RenameWizard extends RefactoringWizard {

	public RenameWizard(RenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(refactoring.getName());
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((RenameRefactoring) getRefactoring()));
	}

	private static final class NamePage extends UserInputWizardPage {
		private final RenameRefactoring refactoring;

		NamePage(RenameRefactoring refactoring) {
			super(NamePage.class.getName());
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite composite = new Composite(parent, SWT.NONE);
			composite.setLayout(new GridLayout(2, false));
			new Label(composite, SWT.NONE).setText(Messages.Rename_newName);
			Text text = new Text(composite, SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.setText(refactoring.target().name());
			text.selectAll();
			Label count = new Label(composite, SWT.WRAP);
			count.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			count.setText(NLS.bind(Messages.Rename_occurrences, refactoring.target().occurrences().size()));
			text.addModifyListener(e -> validate(text.getText()));
			setControl(composite);
			setPageComplete(false);
			text.setFocus();
		}

		private void validate(String name) {
			refactoring.setNewName(name.strip());
			String problem = NameCheck.problem(refactoring.newName(), refactoring.target().name(),
					refactoring.target().taken());
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}
