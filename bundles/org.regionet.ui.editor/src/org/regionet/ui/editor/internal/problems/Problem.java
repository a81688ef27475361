package org.regionet.ui.editor.internal.problems;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * One validation problem of a file in the form a Problems marker stores it: severity, message, 1-based line,
 * character range in the document, the stable issue code and its data (quick fixes read both).
 */
public record Problem(int severity, String message, int line, int start, int end, String code, List<String> data) {

	/** The problem of an issue, or {@code null} for ignored issues. */
	public static Problem of(Issue issue) {
		int severity = switch (issue.getSeverity() == null ? Severity.ERROR : issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
			case IGNORE -> -1;
		};
		if (severity < 0) {
			return null;
		}
		int start = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		String[] data = issue.getData();
		return new Problem(severity, issue.getMessage(), line, start, start + length, issue.getCode(),
				data == null ? List.of() : List.of(data));
	}
}
