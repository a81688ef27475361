package org.regionet.ui.internal.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.regionet.ui.internal.Messages;

/**
 * The page of the new-model-file wizard: folder, region, namespace and file name. Names the analyst did not type
 * are derived from the region as they type it.
 */
final class NewRegioFilePage extends WizardPage {

	private final IStructuredSelection selection;
	private Text folder;
	private Text regionTitle;
	private Text regionName;
	private Text namespace;
	private Text fileName;
	private Button samples;
	private boolean deriving;
	private boolean regionNameTyped;
	private boolean namespaceTyped;
	private boolean fileNameTyped;

	NewRegioFilePage(IStructuredSelection selection) {
		super("regioFile");
		this.selection = selection;
		setTitle(Messages.NewFile_pageTitle);
		setDescription(Messages.NewFile_pageDescription);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			regionTitle.setFocus(); // the dialog would put the caret into the first field, the folder
		}
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		folder = PageFields.field(page, Messages.NewFile_folder);
		PageFields.browseButton(page, () -> PageFields.browseFolder(folder, container()));
		regionTitle = PageFields.field(page, Messages.NewFile_regionTitle);
		PageFields.span(regionTitle);
		regionName = PageFields.field(page, Messages.NewFile_regionName);
		PageFields.span(regionName);
		namespace = PageFields.field(page, Messages.NewFile_namespace);
		PageFields.span(namespace);
		fileName = PageFields.field(page, Messages.NewFile_fileName);
		PageFields.span(fileName);
		samples = new Button(page, SWT.CHECK);
		samples.setText(Messages.NewFile_samples);
		samples.setSelection(true);
		samples.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

		folder.setText(initialFolder(selection));
		regionTitle.addModifyListener(event -> deriveFromTitle());
		regionName.addModifyListener(event -> {
			regionNameTyped |= !deriving;
			deriveFromName();
		});
		namespace.addModifyListener(event -> {
			namespaceTyped |= !deriving;
			validate();
		});
		fileName.addModifyListener(event -> {
			fileNameTyped |= !deriving;
			validate();
		});
		folder.addModifyListener(event -> validate());
		setControl(page);
		regionTitle.setFocus();
		validate();
		// No error before the analyst typed anything.
		setErrorMessage(null);
	}

	private void deriveFromTitle() {
		if (!regionNameTyped) {
			derive(regionName, RegioNames.idFrom(regionTitle.getText()));
		}
		deriveFromName();
	}

	private void deriveFromName() {
		String region = regionName.getText().strip();
		if (!namespaceTyped) {
			derive(namespace, RegioNames.namespaceFor(region));
		}
		if (!fileNameTyped) {
			derive(fileName, region.isEmpty() ? "" : RegioNames.fileNameFor(region));
		}
		validate();
	}

	private void derive(Text text, String value) {
		deriving = true;
		try {
			text.setText(value);
		} finally {
			deriving = false;
		}
	}

	static String initialFolder(IStructuredSelection selection) {
		if (selection == null || selection.isEmpty()) {
			return "";
		}
		Object first = selection.getFirstElement();
		IResource resource = first instanceof IAdaptable adaptable ? adaptable.getAdapter(IResource.class) : null;
		if (resource == null) {
			return "";
		}
		IContainer container = resource instanceof IContainer c ? c : resource.getParent();
		if (container instanceof IProject project) {
			IFolder models = project.getFolder(RegioProjectCreator.MODELS_FOLDER);
			if (models.exists()) {
				container = models;
			}
		}
		return container.getFullPath().makeRelative().toString();
	}

	/** Checks the page and shows the first problem; the Finish button follows. */
	private void validate() {
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
		if (problem == null && !RegioNames.namespaceFor(regionName.getText().strip()).equals(namespace())) {
			setMessage(Messages.NewFile_namespaceDiffers, IMessageProvider.INFORMATION);
		} else {
			setMessage(null);
		}
	}

	private String problem() {
		IContainer container = container();
		if (folder.getText().isBlank()) {
			return Messages.NewFile_folderMissing;
		}
		if (container == null || !container.isAccessible()) {
			return NLS.bind(Messages.NewFile_folderNotFound, folder.getText().strip());
		}
		String region = regionName.getText().strip();
		if (region.isEmpty()) {
			return Messages.NewFile_regionMissing;
		}
		if (RegioNames.isKeyword(region)) {
			return NLS.bind(Messages.NewFile_keyword, region);
		}
		if (!RegioNames.isValidName(region)) {
			return NLS.bind(Messages.NewFile_regionInvalid, region);
		}
		if (!RegioNames.isValidNamespace(namespace())) {
			return NLS.bind(Messages.NewFile_namespaceInvalid, namespace());
		}
		String name = fileName();
		if (name.isEmpty() || name.equals(".regio")) {
			return Messages.NewFile_fileNameMissing;
		}
		IStatus nameStatus = ResourcesPlugin.getWorkspace().validateName(name, IResource.FILE);
		if (!nameStatus.isOK()) {
			return nameStatus.getMessage();
		}
		if (container.getFile(IPath.fromPortableString(name)).exists()) {
			return NLS.bind(Messages.NewFile_fileExists, name);
		}
		return null;
	}

	IContainer container() {
		return containerAt(folder.getText());
	}

	/** The folder or project at a workspace path as typed, or {@code null}. */
	static IContainer containerAt(String typed) {
		String path = typed.strip();
		if (path.isEmpty()) {
			return null;
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IResource resource = root.findMember(IPath.fromPortableString(path));
		return resource instanceof IContainer container ? container : null;
	}

	/** The file name with the model extension added if missing. */
	String fileName() {
		String name = fileName.getText().strip();
		return name.isEmpty() || name.endsWith(".regio") ? name : name + ".regio";
	}

	String namespace() {
		return namespace.getText().strip();
	}

	String regionName() {
		return regionName.getText().strip();
	}

	String regionTitle() {
		return regionTitle.getText().strip();
	}

	boolean withSamples() {
		return samples.getSelection();
	}

	IFile file() {
		return container().getFile(IPath.fromPortableString(fileName()));
	}
}
