package org.regionet.ui.analysis;

import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.regionet.io.report.SourceLocation;

/**
 * Opens the file an element is written in and selects the element's line.
 */
public final class ElementOpener {

	private ElementOpener() {
	}

	/** The workspace file of an element loaded from disk, or null. */
	public static IFile fileOf(EObject element) {
		if (element == null || element.eResource() == null || !element.eResource().getURI().isFile()) {
			return null;
		}
		URI location = java.nio.file.Path.of(element.eResource().getURI().toFileString()).toUri();
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location);
		return files.length == 0 ? null : files[0];
	}

	/**
	 * The file's default (text) editor, even when another kind of editor, e.g. a diagram, shows the same file:
	 * matching by input alone would bring that one to the front instead.
	 */
	private static IEditorPart openTextEditor(IWorkbenchPage page, IFile file) throws PartInitException {
		IEditorDescriptor descriptor = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(file.getName());
		if (descriptor == null) {
			return IDE.openEditor(page, file);
		}
		return page.openEditor(new FileEditorInput(file), descriptor.getId(), true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
	}

	public static void open(IWorkbenchPage page, EObject element) throws PartInitException {
		IFile file = fileOf(element);
		if (file == null) {
			return;
		}
		IEditorPart editor = openTextEditor(page, file);
		int line = SourceLocation.of(element).line();
		if (editor instanceof ITextEditor text && line > 0) {
			IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
			try {
				text.selectAndReveal(document.getLineOffset(line - 1), document.getLineLength(line - 1));
			} catch (BadLocationException e) {
				text.selectAndReveal(0, 0);
			}
		}
	}
}
