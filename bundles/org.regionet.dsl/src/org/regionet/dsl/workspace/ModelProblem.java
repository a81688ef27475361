package org.regionet.dsl.workspace;

/**
 * A problem found while loading or validating model files, located by file, line and column (1-based; 0 when the
 * problem concerns the whole file).
 */
public record ModelProblem(String file, int line, int column, Severity severity, String message, String code) {

	/** How bad a problem is. */
	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase();
		}
	}

	/** The conventional compiler form, file:line:col: severity: message [code]. */
	public String format() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message
				+ (code == null ? "" : " [" + code + "]");
	}
}
