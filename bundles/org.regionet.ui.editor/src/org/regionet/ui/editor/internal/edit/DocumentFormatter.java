package org.regionet.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Injector;

/**
 * Formats a parsed file (or a range of it) with the language's formatter2 and returns the edits. Files with syntax
 * errors are not formatted: the formatter would have to guess where tokens belong.
 */
public final class DocumentFormatter {

	/** The formatter refused because the text does not parse. */
	public static final class SyntaxErrorsException extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private final Injector injector;

	public DocumentFormatter(Injector injector) {
		this.injector = injector;
	}

	/** @param offset start of the range to format; with {@code length} 0 the whole file is formatted */
	public List<TextEdit> format(XtextResource resource, int offset, int length) throws SyntaxErrorsException {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			throw new SyntaxErrorsException();
		}
		ITextRegionAccess regions = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		request.setAllowIdentityEdits(false);
		if (length > 0) {
			request.addRegion(new TextRegion(offset, length));
		}
		List<TextEdit> edits = new ArrayList<>();
		for (ITextReplacement replacement : injector.getInstance(IFormatter2.class).format(request)) {
			edits.add(new TextEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
		}
		return edits;
	}
}
