package org.regionet.ui.editor.internal.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.regionet.ui.editor.internal.edit.FoldingRegions.Fold;

/**
 * Brings the fold annotations of the editor in line with the folds of the latest analysis, keeping those that did
 * not move, so a collapsed block stays collapsed while the user edits elsewhere.
 */
public final class FoldingUpdater {

	private FoldingUpdater() {
	}

	public static void update(ProjectionAnnotationModel model, List<Fold> folds) {
		if (model == null) {
			return;
		}
		Set<Fold> wanted = new HashSet<>(folds);
		List<Annotation> deleted = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof ProjectionAnnotation && position != null
					&& !wanted.remove(new Fold(position.getOffset(), position.getLength()))) {
				deleted.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Fold fold : wanted) {
			added.put(new ProjectionAnnotation(), new Position(fold.offset(), fold.length()));
		}
		if (!deleted.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
		}
	}
}
