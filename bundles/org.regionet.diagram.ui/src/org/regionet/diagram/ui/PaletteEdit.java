package org.regionet.diagram.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.tools.ToolExecutor;
import org.regionet.diagram.tools.ToolResult;

import com.google.inject.Injector;

/**
 * A palette tool applied to the text of a model file: the tool creates the element in the parsed model, the
 * serializer writes just that element, and it is appended to the text, so nothing the user wrote moves. Headless.
 */
public final class PaletteEdit {

	/** One replacement in the file's text. */
	public record Replacement(int offset, int length, String text) {
	}

	/** The outcome: the replacements, or why the tool refused. */
	public record Result(List<Replacement> replacements, String refusal, String createdName) {
	}

	private PaletteEdit() {
	}

	/** Creates the tool's element at the top level of the file whose text is {@code text}. */
	public static Result createNode(Injector ide, String text, NodeCreationTool tool) {
		XtextResourceSet set = ide.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/palette.regio"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			return new Result(List.of(), e.getMessage(), null);
		}
		if (resource.getContents().isEmpty() || resource.getParseResult().hasSyntaxErrors()) {
			return new Result(List.of(), "the file has syntax errors", null);
		}
		EObject model = resource.getContents().get(0);
		ToolResult outcome = new ToolExecutor().createNode(tool, model, model, null);
		if (!outcome.done()) {
			return new Result(List.of(), outcome.message(), null);
		}
		// Only the new element is written, appended after everything else: an insertion, so no byte the user
		// wrote moves (re-serialising the element list would reflow blank lines and comments around it).
		String element = ide.getInstance(ISerializer.class).serialize(outcome.created(),
				SaveOptions.newBuilder().format().getOptions()).strip();
		String separator = text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
		Object name = outcome.created().eGet(outcome.created().eClass().getEStructuralFeature("name"));
		return new Result(List.of(new Replacement(text.length(), 0, separator + element + "\n")), null,
				name == null ? null : name.toString());
	}

	/** The text with the replacements applied (from the end, so offsets stay valid). */
	public static String apply(String text, List<Replacement> replacements) {
		List<Replacement> sorted = new ArrayList<>(replacements);
		sorted.sort((a, b) -> Integer.compare(b.offset(), a.offset()));
		StringBuilder result = new StringBuilder(text);
		for (Replacement r : sorted) {
			result.replace(r.offset(), r.offset() + r.length(), r.text());
		}
		return result.toString();
	}
}
