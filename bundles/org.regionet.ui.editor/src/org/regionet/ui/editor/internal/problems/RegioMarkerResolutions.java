package org.regionet.ui.editor.internal.problems;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Offers the quick fixes of RegioNet problem markers wherever markers are fixed: the Problems view, the ruler and
 * Ctrl+1 in the editor.
 */
public class RegioMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !fixesOf(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return fixesOf(marker).stream().map(MarkerFix::new).toArray(IMarkerResolution[]::new);
	}

	static List<QuickFix> fixesOf(IMarker marker) {
		try {
			if (!marker.exists() || !marker.isSubtypeOf(ProblemMarkers.TYPE)) {
				return List.of();
			}
			return QuickFixes.of(ProblemMarkers.problemOf(marker));
		} catch (CoreException e) {
			return List.of();
		}
	}

	/** A quick fix applied to the marker's file at the marker's position. */
	private record MarkerFix(QuickFix fix) implements IMarkerResolution2 {

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			if (marker.getResource() instanceof IFile file) {
				FixRunner.run(file, marker.getAttribute(IMarker.CHAR_START, 0), fix);
			}
		}

		@Override
		public String getDescription() {
			return fix.description();
		}

		@Override
		public Image getImage() {
			return null;
		}
	}
}
