package org.regionet.diagram.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.tools.ToolExecutor;
import org.regionet.diagram.tools.ToolResult;

import com.google.inject.Injector;

/**
 * A palette tool applied to the text of a model file: the tool changes the parsed model, the change serializer turns
 * that into minimal text replacements, so comments and formatting everywhere else stay. Headless.
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
		ToolResult[] outcome = new ToolResult[1];
		IChangeSerializer serializer = ide.getInstance(IChangeSerializer.class);
		serializer.setUpdateRelatedFiles(false);
		serializer.addModification(resource, r -> outcome[0] = new ToolExecutor().createNode(tool, model, model, null));
		List<Replacement> replacements = new ArrayList<>();
		serializer.applyModifications(change -> {
			if (change instanceof ITextDocumentChange document) {
				for (ITextReplacement replacement : document.getReplacements()) {
					replacements.add(new Replacement(replacement.getOffset(), replacement.getLength(),
							replacement.getReplacementText()));
				}
			}
		});
		if (outcome[0] == null || !outcome[0].done()) {
			return new Result(List.of(), outcome[0] == null ? "the tool did not run" : outcome[0].message(), null);
		}
		Object name = outcome[0].created().eGet(outcome[0].created().eClass().getEStructuralFeature("name"));
		return new Result(replacements, null, name == null ? null : name.toString());
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
