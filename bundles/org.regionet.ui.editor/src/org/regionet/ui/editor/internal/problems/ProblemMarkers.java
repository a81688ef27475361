package org.regionet.ui.editor.internal.problems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;

/**
 * The marker type of RegioNet problems and the mapping between {@link Problem}s and marker attributes.
 */
public final class ProblemMarkers {

	/** Subtype of the platform's problem and text markers, declared in plugin.xml. */
	public static final String TYPE = "org.regionet.ui.editor.problem";
	public static final String ISSUE_CODE = "issueCode";
	public static final String ISSUE_DATA = "issueData";
	/** Separates issue data values in one attribute; a control character never part of a name or message. */
	static final String DATA_SEPARATOR = "\u001f";

	private ProblemMarkers() {
	}

	public static Map<String, Object> attributes(Problem problem) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, problem.severity());
		attributes.put(IMarker.MESSAGE, problem.message());
		attributes.put(IMarker.LINE_NUMBER, problem.line());
		attributes.put(IMarker.CHAR_START, problem.start());
		attributes.put(IMarker.CHAR_END, problem.end());
		attributes.put(IMarker.SOURCE_ID, "RegioNet");
		if (problem.code() != null) {
			attributes.put(ISSUE_CODE, problem.code());
		}
		if (!problem.data().isEmpty()) {
			attributes.put(ISSUE_DATA, String.join(DATA_SEPARATOR, problem.data()));
		}
		return attributes;
	}

	/** The problem a marker stands for; unknown attributes read as empty. */
	public static Problem problemOf(IMarker marker) throws CoreException {
		String data = marker.getAttribute(ISSUE_DATA, "");
		return new Problem(marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR),
				marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(IMarker.LINE_NUMBER, 1),
				marker.getAttribute(IMarker.CHAR_START, 0), marker.getAttribute(IMarker.CHAR_END, 0),
				(String) marker.getAttribute(ISSUE_CODE), data.isEmpty() ? List.of() : List.of(data.split(DATA_SEPARATOR, -1)));
	}

	/** Whether the markers already say exactly what the problems say, so rewriting them can be skipped. */
	public static boolean same(List<Problem> problems, IMarker[] markers) throws CoreException {
		if (problems.size() != markers.length) {
			return false;
		}
		List<Problem> existing = new ArrayList<>(markers.length);
		for (IMarker marker : markers) {
			existing.add(problemOf(marker));
		}
		List<Problem> remaining = new ArrayList<>(problems);
		for (Problem problem : existing) {
			if (!remaining.remove(problem)) {
				return false;
			}
		}
		return remaining.isEmpty();
	}
}
