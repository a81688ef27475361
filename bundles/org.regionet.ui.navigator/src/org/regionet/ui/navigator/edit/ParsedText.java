package org.regionet.ui.navigator.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.regionet.model.RegioModel;
import org.regionet.ui.navigator.model.ModelNode;
import org.regionet.ui.navigator.model.ModelTreeBuilder;
import org.regionet.ui.navigator.model.ModelTrees;

import com.google.inject.Injector;

/**
 * One file's text parsed on its own (references stay unresolved, which the edit does not need), with the lookups
 * an edit needs: the element at a tree path, the element starting at an offset, the syntax errors.
 */
public final class ParsedText {

	private final XtextResource resource;

	private ParsedText(XtextResource resource) {
		this.resource = resource;
	}

	public static ParsedText parse(Injector ide, String text) {
		XtextResourceSet set = ide.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/edit.regio"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ParsedText(resource);
	}

	/** The element the model tree shows at {@code path} (e.g. {@code /ACTOR:IHK}), or null. */
	public EObject elementAt(String path) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RegioModel model)) {
			return null;
		}
		ModelNode node = ModelTrees.findIn(ModelTreeBuilder.build(null, model), path);
		return node == null ? null : node.element();
	}

	/** The element of {@code eClassName} whose text starts at {@code offset}, or null. */
	EObject elementStartingAt(String eClassName, int offset) {
		for (var all = resource.getAllContents(); all.hasNext();) {
			EObject candidate = all.next();
			ICompositeNode node = NodeModelUtils.getNode(candidate);
			if (candidate.eClass().getName().equals(eClassName) && node != null && node.getOffset() == offset) {
				return candidate;
			}
		}
		return null;
	}

	List<String> syntaxErrors() {
		return resource.getErrors().stream().map(error -> error.getMessage()).toList();
	}
}
