package org.regionet.ui.editor.internal.highlight;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;

/** Gives every model document (editor or file buffer) its partitioning as soon as it is created. */
public class RegioDocumentSetup implements IDocumentSetupParticipant {

	@Override
	public void setup(IDocument document) {
		RegioPartitions.install(document);
	}
}
