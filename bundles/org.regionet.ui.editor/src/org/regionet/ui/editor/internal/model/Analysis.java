package org.regionet.ui.editor.internal.model;

import java.util.List;

import org.regionet.ui.editor.internal.edit.FoldingRegions.Fold;
import org.regionet.ui.editor.internal.highlight.StyledRegion;
import org.regionet.ui.editor.internal.outline.OutlineNode;
import org.regionet.ui.editor.internal.problems.Problem;

/**
 * Everything a reconcile learns about one file, for the text it was computed from (identified by the document's
 * modification stamp).
 */
public record Analysis(long stamp, List<Problem> problems, List<StyledRegion> highlights, List<Fold> folds,
		List<OutlineNode> outline) {
}
