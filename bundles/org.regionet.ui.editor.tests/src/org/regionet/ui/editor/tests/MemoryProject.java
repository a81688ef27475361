package org.regionet.ui.editor.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.model.ModelSource;
import org.regionet.ui.editor.internal.model.ProjectModel;

/** A project whose saved files live in a map, with a {@link ProjectModel} over them. */
final class MemoryProject implements ModelSource {

	final Map<URI, String> saved = new LinkedHashMap<>();
	final ProjectModel model = new ProjectModel(LanguageServices.injector(), this);

	static URI uri(String name) {
		return URI.createURI("memory:/project/" + name);
	}

	MemoryProject file(String name, String text) {
		saved.put(uri(name), text);
		return this;
	}

	@Override
	public Collection<URI> modelFiles() {
		return new ArrayList<>(saved.keySet());
	}

	@Override
	public String read(URI file) {
		return saved.get(file);
	}

	/** Runs work on a file with its saved text. */
	<T> T read(String name, ProjectModel.Work<T> work) throws InterruptedException {
		return model.read(uri(name), saved.get(uri(name)), work);
	}

	<T> T read(String name, String text, ProjectModel.Work<T> work) throws InterruptedException {
		return model.read(uri(name), text, work);
	}

	static List<String> codes(XtextResource resource) {
		List<String> codes = new ArrayList<>();
		new org.regionet.ui.editor.internal.model.Analyzer(LanguageServices.injector())
				.problems(resource, () -> false).forEach(p -> codes.add(p.code()));
		return codes;
	}
}
