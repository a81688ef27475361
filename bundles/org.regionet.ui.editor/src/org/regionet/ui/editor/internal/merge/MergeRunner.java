package org.regionet.ui.editor.internal.merge;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.model.Actor;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.edit.WorkspaceChanges;
import org.regionet.ui.editor.internal.model.ModelUris;
import org.regionet.ui.editor.internal.model.OpenTexts;
import org.regionet.ui.editor.internal.model.ProjectModel;
import org.regionet.ui.editor.internal.model.ProjectModels;

/**
 * The "merge duplicate actors" quick fix: the actor at the problem is kept, the one it clashes with is merged into
 * it across the project (see {@link ActorMerge}). The edits are computed in a job with the texts of all open
 * editors and applied as one workspace change that Edit > Undo takes back.
 */
public final class MergeRunner {

	private MergeRunner() {
	}

	/** Starts the merge; call on the UI thread. */
	public static void run(IFile file, int offset, String removedName) {
		Map<URI, String> texts = OpenTexts.of(file.getProject());
		URI uri = ModelUris.of(file);
		Display display = Display.getCurrent();
		ProjectModel model = ProjectModels.of(file);
		Job job = Job.create(Messages.Merge_jobName, monitor -> {
			IQualifiedNameProvider names = model.injector().getInstance(IQualifiedNameProvider.class);
			Merge merge;
			try {
				merge = model.readAll(texts, set -> {
					XtextResource resource = (XtextResource) set.getResource(uri, false);
					EObject at = resource == null ? null
							: new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
					Actor keep = EcoreUtil2.getContainerOfType(at, Actor.class);
					Actor remove = find(set, QualifiedName.create(removedName.split("\\.")), names);
					if (keep == null || remove == null || keep == remove) {
						return null;
					}
					return new Merge(NLS.bind(Messages.Merge_title, removedName, names.getFullyQualifiedName(keep)),
							ActorMerge.edits(set, keep, remove, names));
				});
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> report(e.getMessage() == null ? e.toString() : e.getMessage()));
				return Status.OK_STATUS;
			}
			display.asyncExec(() -> {
				if (merge == null) {
					report(NLS.bind(Messages.Merge_notFound, removedName));
				} else {
					apply(merge);
				}
			});
			return Status.OK_STATUS;
		});
		job.setRule(model.rule());
		job.setSystem(true);
		job.schedule();
	}

	private record Merge(String name, Map<URI, List<TextEdit>> edits) {
	}

	private static Actor find(ResourceSet set, QualifiedName name, IQualifiedNameProvider names) {
		for (Resource resource : List.copyOf(set.getResources())) {
			for (Actor actor : EcoreUtil2.eAllOfType(resource.getContents().isEmpty() ? null
					: resource.getContents().get(0), Actor.class)) {
				if (name.equals(names.getFullyQualifiedName(actor))) {
					return actor;
				}
			}
		}
		return null;
	}

	private static void apply(Merge merge) {
		String problem = WorkspaceChanges.apply(merge.name(), merge.edits());
		if (problem != null) {
			report(problem);
		}
	}

	private static void report(String message) {
		Display display = Display.getCurrent();
		MessageDialog.openError(display == null ? null : display.getActiveShell(), Messages.QuickFix_title,
				NLS.bind(Messages.QuickFix_failed, message));
	}
}
