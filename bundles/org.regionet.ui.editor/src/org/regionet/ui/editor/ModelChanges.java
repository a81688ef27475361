package org.regionet.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.edit.ModelEditRecorder;
import org.regionet.ui.editor.internal.edit.ModelEditRecorder.Outcome;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.edit.WorkspaceChanges;
import org.regionet.ui.editor.internal.model.OpenTexts;
import org.regionet.ui.editor.internal.model.ProjectModel;
import org.regionet.ui.editor.internal.model.ProjectModels;
import org.regionet.ui.editor.internal.rename.ElementRename;

/**
 * Semantic edits of a project's model files for other views (diagrams, properties): a change made on the EMF
 * model becomes minimal text edits of the files, computed in a job on the current texts of all open editors, and
 * applied as one undoable workspace change (open files change in their editors and stay unsaved).
 */
public final class ModelChanges {

	/**
	 * Finds, in the project's resource set, the elements an edit is about (e.g. the source and target of a new
	 * connection); a {@code null} among them means one is gone. Their files are the ones recorded.
	 */
	public interface Locator extends Function<ResourceSet, List<EObject>> {
	}

	/** Changes the located elements; returns {@code null} when done, else why it refused (model left as it was). */
	public interface Change extends Function<List<EObject>, String> {
	}

	private ModelChanges() {
	}

	/**
	 * Changes the element {@code locator} finds in the project of {@code file}. {@code done} gets {@code null} on
	 * success or the message to show, on the UI thread. Call on the UI thread.
	 */
	public static void modify(IFile file, String name, Locator locator, Change change, Consumer<String> done) {
		run(file, name, done, (model, set) -> {
			List<EObject> elements = locator.apply(set);
			if (elements.isEmpty() || elements.stream().anyMatch(e -> e == null || e.eResource() == null)) {
				return new Outcome(Map.of(), Messages.Change_elementGone);
			}
			List<Resource> resources = elements.stream().map(EObject::eResource).distinct().toList();
			Outcome outcome = ModelEditRecorder.record(model.injector(), resources, () -> change.apply(elements));
			resources.forEach(r -> model.modelChangedBehindText(r.getURI()));
			return outcome;
		});
	}

	/** Renames the element {@code locator} finds, in its declaration and every reference in every file. */
	public static void rename(IFile file, String name, Locator locator, String newName, Consumer<String> done) {
		run(file, name, done, (model, set) -> {
			List<EObject> located = locator.apply(set);
			EObject element = located.isEmpty() ? null : located.get(0);
			if (element == null) {
				return new Outcome(Map.of(), Messages.Change_elementGone);
			}
			return ElementRename.edits(set, element, newName,
					model.injector().getInstance(IQualifiedNameProvider.class));
		});
	}

	private interface Computation {
		Outcome compute(ProjectModel model, ResourceSet set);
	}

	private static void run(IFile file, String name, Consumer<String> done, Computation computation) {
		Map<URI, String> texts = OpenTexts.of(file.getProject());
		Display display = Display.getCurrent();
		Job job = Job.create(name, monitor -> {
			ProjectModel model = ProjectModels.of(file);
			Outcome outcome;
			try {
				outcome = model.readAll(texts, set -> computation.compute(model, set));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				outcome = new Outcome(Map.of(), e.getMessage() == null ? e.toString() : e.getMessage());
			}
			Outcome result = outcome;
			display.asyncExec(() -> done.accept(result.done() ? apply(file, name, texts, result.edits()) : result.refusal()));
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Applies the edits unless an open editor's text changed while they were computed. */
	private static String apply(IFile file, String name, Map<URI, String> textsBefore,
			Map<URI, List<TextEdit>> edits) {
		if (edits.isEmpty()) {
			return Messages.Change_nothing;
		}
		Map<URI, String> textsNow = OpenTexts.of(file.getProject());
		for (URI changed : edits.keySet()) {
			if (textsNow.containsKey(changed) && !textsNow.get(changed).equals(textsBefore.get(changed))) {
				return Messages.Change_textChanged;
			}
		}
		return WorkspaceChanges.apply(name, edits);
	}
}
