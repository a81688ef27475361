package org.regionet.ui.navigator.properties;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.edits.ReplaceEdit;
import org.regionet.ui.editor.ModelTextEdits;
import org.regionet.ui.navigator.edit.AttributeEdit;
import org.regionet.ui.navigator.edit.Replacement;
import org.regionet.ui.navigator.internal.Messages;
import org.regionet.ui.navigator.model.ModelLanguage;
import org.regionet.ui.navigator.model.ModelNode;

/**
 * Runs a Properties view edit: computed in a job on the file's current text, applied on the UI thread only if
 * that text did not change meanwhile, as one undoable change of the file's text buffer. A refusal is shown, and
 * nothing is written.
 */
final class PropertyEditRunner {

	private PropertyEditRunner() {
	}

	/** Sets {@code feature} of the node's element to {@code input}; {@code done} runs on the UI thread after. */
	static void run(ModelNode node, String feature, String featureLabel, String input, Runnable done) {
		IFile file = node.file();
		String text = FileTexts.current(file);
		Display display = Display.getCurrent();
		if (text == null) {
			report(NLS.bind(Messages.Edit_ioError, file.getName(), ""));
			return;
		}
		Job job = Job.create(NLS.bind(Messages.Edit_jobName, featureLabel, node.name()), monitor -> {
			AttributeEdit.Result result = AttributeEdit.compute(ModelLanguage.injector(), text, file.getName(),
					node.path(), feature, input);
			display.asyncExec(() -> {
				apply(file, NLS.bind(Messages.Edit_operationLabel, featureLabel, node.name()), text, result);
				done.run();
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private static void apply(IFile file, String label, String text, AttributeEdit.Result result) {
		if (result.refusal() != null) {
			report(result.refusal());
		} else if (!result.replacements().isEmpty()) {
			if (!text.equals(FileTexts.current(file))) {
				report(NLS.bind(Messages.Edit_fileChanged, file.getName()));
				return;
			}
			List<ReplaceEdit> edits = result.replacements().stream()
					.map((Replacement r) -> new ReplaceEdit(r.offset(), r.length(), r.text())).toList();
			try {
				ModelTextEdits.apply(file, label, edits);
			} catch (CoreException e) {
				report(NLS.bind(Messages.Edit_ioError, file.getName(), e.getStatus().getMessage()));
			}
		}
	}

	private static void report(String message) {
		Display display = Display.getCurrent();
		MessageDialog.openError(display == null ? null : display.getActiveShell(), Messages.Edit_failedTitle,
				message);
	}
}
