package org.regionet.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.regionet.analysis.dedupe.CsvFormatException;
import org.regionet.analysis.dedupe.CsvReader;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.io.csv.ActorCsvImport;
import org.regionet.io.csv.ActorImportCheck;
import org.regionet.ui.editor.RegioLanguage;

/**
 * The work behind File ▸ Import ▸ Actors from a CSV List: the list as model text, checked with the models of the
 * target's project. Off the UI thread; writes nothing.
 *
 * @param text   the new file's text, or {@code null}
 * @param actors the number of actors in it
 * @param errors each "file:line: message", empty when the text can be written
 */
record ActorListImport(String text, int actors, List<String> errors) {

	/** Reads and converts the list, then checks it as {@code target} with the models of its project. */
	static ActorListImport prepare(Path csv, IFile target, String namespace, List<String> imports) {
		String source = csv.getFileName().toString();
		try {
			ActorCsvImport.Result result = ActorCsvImport.toRegio(CsvReader.read(csv), namespace, imports, source);
			if (!result.problems().isEmpty()) {
				return new ActorListImport(null, 0, result.problems());
			}
			IProject project = target.getProject();
			List<String> errors = ActorImportCheck.errors(result,
					RegioLanguage.injector().getInstance(ModelWorkspace.class),
					List.of(Path.of(project.getLocation().toOSString())), Path.of(target.getLocation().toOSString()),
					source);
			return new ActorListImport(errors.isEmpty() ? result.text() : null, result.actors(), errors);
		} catch (CsvFormatException e) {
			return new ActorListImport(null, 0, List.of(e.getMessage()));
		} catch (IOException e) {
			return new ActorListImport(null, 0, List.of(source + ": " + e.getMessage()));
		}
	}
}
