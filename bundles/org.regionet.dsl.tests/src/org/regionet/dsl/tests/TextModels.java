package org.regionet.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.IEmfResourceChange;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** Loads model text into resources and applies semantic changes as text edits, as an editor would. */
final class TextModels {

	private TextModels() {
	}

	static XtextResource load(Injector injector, XtextResourceSet set, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/" + name));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	/** Records the modification with a change serializer and returns the new text of the resource. */
	static String change(Injector injector, XtextResource resource, IChangeSerializer.IModification<XtextResource> edit) {
		IChangeSerializer serializer = injector.getInstance(IChangeSerializer.class);
		serializer.addModification(resource, edit);
		List<IEmfResourceChange> changes = new ArrayList<>();
		serializer.applyModifications(changes::add);
		String text = resource.getParseResult().getRootNode().getText();
		for (IEmfResourceChange change : changes) {
			if (change instanceof ITextDocumentChange document && document.getOldURI().equals(resource.getURI())) {
				return apply(text, document.getReplacements());
			}
		}
		return text;
	}

	static String apply(String text, List<? extends org.eclipse.xtext.formatting2.regionaccess.ITextReplacement> edits) {
		List<org.eclipse.xtext.formatting2.regionaccess.ITextReplacement> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(org.eclipse.xtext.formatting2.regionaccess.ITextReplacement::getOffset)
				.reversed());
		StringBuilder result = new StringBuilder(text);
		for (var edit : sorted) {
			result.replace(edit.getOffset(), edit.getEndOffset(), edit.getReplacementText());
		}
		return result.toString();
	}
}
