package org.regionet.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;
import org.regionet.ui.internal.Messages;

/** The one page of the actor list import: the CSV file, where the model file goes, its namespace and imports. */
final class ImportActorsPage extends WizardPage {

	private final IStructuredSelection selection;
	private Text csv;
	private Text folder;
	private Text namespace;
	private Text imports;
	private Text fileName;
	private Text errors;

	ImportActorsPage(IStructuredSelection selection) {
		super("importActors");
		this.selection = selection;
		setTitle(Messages.ImportActors_pageTitle);
		setDescription(Messages.ImportActors_pageDescription);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			csv.setFocus(); // the dialog would put the caret into the first field, the folder
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		csv = PageFields.field(page, Messages.ImportActors_csv);
		PageFields.browseButton(page, this::browseCsv);
		folder = PageFields.field(page, Messages.NewFile_folder);
		PageFields.browseButton(page, () -> PageFields.browseFolder(folder, container()));
		namespace = PageFields.field(page, Messages.NewFile_namespace);
		PageFields.span(namespace);
		imports = PageFields.field(page, Messages.ImportActors_imports);
		PageFields.span(imports);
		fileName = PageFields.field(page, Messages.NewFile_fileName);
		PageFields.span(fileName);
		errors = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridData errorsData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		errorsData.heightHint = 120;
		errors.setLayoutData(errorsData);
		errors.setVisible(false);

		folder.setText(NewRegioFilePage.initialFolder(selection));
		if (folder.getText().isEmpty()) {
			// nothing selected: the first open project, the example in a new workspace
			Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(p -> p.isOpen()).findFirst()
					.ifPresent(p -> folder.setText(p.getName()));
		}
		imports.setText("nrw");
		csv.addModifyListener(event -> {
			String base = base(csv.getText());
			if (!base.isEmpty()) {
				namespace.setText(RegioNames.namespaceFor(base));
				fileName.setText(RegioNames.fileNameFor(base));
			}
			validate();
		});
		for (Text text : new Text[] {folder, namespace, imports, fileName}) {
			text.addModifyListener(event -> validate());
		}
		setControl(page);
		csv.setFocus();
		validate();
		setErrorMessage(null); // no error before the analyst did anything
	}

	private void browseCsv() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] {"*.csv;*.CSV;*.txt", "*"});
		String chosen = dialog.open();
		if (chosen != null) {
			csv.setText(chosen);
		}
	}

	/** The CSV file's name without its extension, as an identifier. */
	private static String base(String path) {
		String name = path.isBlank() ? "" : Path.of(path.strip()).getFileName().toString();
		int dot = name.lastIndexOf('.');
		return RegioNames.idFrom(dot > 0 ? name.substring(0, dot) : name);
	}

	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		if (csv.getText().isBlank()) {
			return Messages.ImportActors_csvMissing;
		}
		if (!Files.isReadable(csvPath())) {
			return NLS.bind(Messages.ImportActors_csvNotFound, csv.getText().strip());
		}
		IContainer container = container();
		if (folder.getText().isBlank()) {
			return Messages.NewFile_folderMissing;
		}
		if (container == null || !container.isAccessible()) {
			return NLS.bind(Messages.NewFile_folderNotFound, folder.getText().strip());
		}
		if (!RegioNames.isValidNamespace(namespace())) {
			return NLS.bind(Messages.NewFile_namespaceInvalid, namespace());
		}
		for (String imported : imports()) {
			if (!RegioNames.isValidNamespace(imported)) {
				return NLS.bind(Messages.ImportActors_importInvalid, imported);
			}
		}
		String name = fileName();
		IStatus nameStatus = ResourcesPlugin.getWorkspace().validateName(name, IResource.FILE);
		if (name.equals(".regio") || !nameStatus.isOK()) {
			return name.equals(".regio") ? Messages.NewFile_fileNameMissing : nameStatus.getMessage();
		}
		if (container.getFile(IPath.fromPortableString(name)).exists()) {
			return NLS.bind(Messages.NewFile_fileExists, name);
		}
		return null;
	}

	/** Shows why nothing was imported, one line per problem. */
	void showErrors(List<String> problems) {
		errors.setText(String.join("\n", problems));
		errors.setVisible(true);
		setErrorMessage(NLS.bind(Messages.ImportActors_errors, problems.size()));
	}

	private IContainer container() {
		return NewRegioFilePage.containerAt(folder.getText());
	}

	Path csvPath() {
		return Path.of(csv.getText().strip());
	}

	String namespace() {
		return namespace.getText().strip();
	}

	List<String> imports() {
		return Arrays.stream(imports.getText().split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
				.map(s -> s.endsWith(".*") ? s.substring(0, s.length() - 2) : s).toList();
	}

	String fileName() {
		String name = fileName.getText().strip();
		return name.endsWith(".regio") ? name : name + ".regio";
	}

	IFile file() {
		return container().getFile(IPath.fromPortableString(fileName()));
	}
}
