package org.regionet.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.regionet.dsl.validation.Messages;
import org.regionet.dsl.workspace.ModelProblem.Severity;
import org.regionet.model.RegioModel;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads a set of model files into one resource set with a shared index, the way a builder does, so cross-file
 * links resolve and name look-ups are indexed. Headless; used by the command line, tests and benchmarks.
 */
public class ModelWorkspace {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	@Inject
	private IResourceValidator validator;

	private XtextResourceSet resourceSet;
	private final Map<Resource, Path> files = new HashMap<>();
	private final List<ModelProblem> loadProblems = new ArrayList<>();

	/**
	 * Loads every .regio file under the given paths; unreadable or mis-encoded files become problems. Files are
	 * parsed and described on all cores: each file is its own resource, and parsing touches nothing shared.
	 */
	public ModelWorkspace load(List<Path> roots) {
		return load(roots, Map.of());
	}

	/**
	 * Like {@link #load(List)}, but a file found in {@code texts} (by absolute path) is read from that text instead
	 * of the disk: the unsaved content of an open editor, so that views follow typing.
	 */
	public ModelWorkspace load(List<Path> roots, Map<Path, String> texts) {
		resourceSet = resourceSetProvider.get();
		List<Path> paths = ModelFiles.collect(roots, loadProblems);
		List<Resource> resources = new ArrayList<>(paths.size());
		for (Path path : paths) {
			resources.add(resourceSet.createResource(URI.createFileURI(path.toAbsolutePath().toString())));
		}
		ModelProblem[] problems = new ModelProblem[paths.size()];
		IResourceDescription[] descriptions = new IResourceDescription[paths.size()];
		IntStream.range(0, paths.size()).parallel().forEach(i -> {
			String text = texts.get(paths.get(i).toAbsolutePath());
			problems[i] = text != null ? loadText(paths.get(i), text, resources.get(i))
					: loadFile(paths.get(i), resources.get(i));
			if (problems[i] == null) {
				descriptions[i] = describe(resources.get(i));
			}
		});
		ResourceDescriptionsData index = new ResourceDescriptionsData(List.of());
		for (int i = 0; i < paths.size(); i++) {
			if (problems[i] != null) {
				loadProblems.add(problems[i]);
				resourceSet.getResources().remove(resources.get(i));
			} else {
				files.put(resources.get(i), paths.get(i));
				index.addDescription(resources.get(i).getURI(), descriptions[i]);
			}
		}
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return this;
	}

	/** The index entry of a file, with its exported names computed now, while still on a worker thread. */
	private IResourceDescription describe(Resource resource) {
		IResourceDescription description = descriptionManager.getResourceDescription(resource);
		description.getExportedObjects().iterator().hasNext();
		return description;
	}

	private static ModelProblem loadFile(Path path, Resource resource) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		} catch (IOException | SecurityException e) {
			return ModelFiles.fileProblem(path, NLS.bind(Messages.File_cannotRead, describe(e)), "regionet.io.unreadable");
		}
		ModelProblem encoding = checkUtf8(path, bytes);
		if (encoding != null) {
			return encoding;
		}
		try {
			resource.load(new ByteArrayInputStream(bytes), resource.getResourceSet().getLoadOptions());
			return null;
		} catch (IOException | RuntimeException e) {
			return ModelFiles.fileProblem(path, NLS.bind(Messages.File_cannotParse, describe(e)), "regionet.io.unreadable");
		}
	}

	private static ModelProblem loadText(Path path, String text, Resource resource) {
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					resource.getResourceSet().getLoadOptions());
			return null;
		} catch (IOException | RuntimeException e) {
			return ModelFiles.fileProblem(path, NLS.bind(Messages.File_cannotParse, describe(e)), "regionet.io.unreadable");
		}
	}

	/** Models are UTF-8; a wrong encoding would silently corrupt umlauts, so it is reported with its position. */
	static ModelProblem checkUtf8(Path path, byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			decoder.decode(ByteBuffer.wrap(bytes));
			return null;
		} catch (CharacterCodingException e) {
			int bad = firstMalformedOffset(bytes);
			int line = 1;
			int column = 1;
			for (int i = 0; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
					column = 1;
				} else if ((bytes[i] & 0xC0) != 0x80) {
					column++;
				}
			}
			return new ModelProblem(path.toString(), line, column, Severity.ERROR, NLS.bind(Messages.File_notUtf8,
					String.format("%02X", bytes[bad] & 0xFF)), "regionet.io.encoding");
		}
	}

	private static int firstMalformedOffset(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : 0;
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		return message == null ? e.getClass().getSimpleName() : message;
	}

	/** Validates every loaded file (syntax, links, checks) and returns all problems, load problems first. */
	public List<ModelProblem> validate(CancelIndicator cancel) {
		List<ModelProblem> problems = new ArrayList<>(loadProblems);
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			Path path = files.get(resource);
			if (path == null) {
				continue;
			}
			for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
				problems.add(toProblem(path, issue));
			}
		}
		return problems;
	}

	private static ModelProblem toProblem(Path path, Issue issue) {
		Severity severity = switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		};
		int line = issue.getLineNumber() == null ? 0 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 0 : issue.getColumn();
		return new ModelProblem(path.toString(), line, column, severity, issue.getMessage(), issue.getCode());
	}

	/** The root objects of all successfully parsed files, in file order. */
	public List<RegioModel> models() {
		List<RegioModel> models = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (files.containsKey(resource) && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof RegioModel model) {
				models.add(model);
			}
		}
		return models;
	}

	public XtextResourceSet resourceSet() {
		return resourceSet;
	}

	/** The file a resource was loaded from. */
	public Path pathOf(Resource resource) {
		return files.get(resource);
	}

	/** Number of model files loaded. */
	public int fileCount() {
		return files.size();
	}
}
