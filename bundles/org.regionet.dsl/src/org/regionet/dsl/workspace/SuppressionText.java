package org.regionet.dsl.workspace;

import java.time.LocalDate;
import java.util.List;

/**
 * The DSL text that accepts a finding, e.g. {@code accept parallel nrw.a.X, nrw.b.Y "reason" on 2024-11-01}.
 * Names are fully qualified so the line resolves in any file.
 */
public final class SuppressionText {

	private SuppressionText() {
	}

	public static String format(String kindLiteral, List<String> qualifiedNames, String reason, LocalDate date) {
		return "accept " + kindLiteral + " " + String.join(", ", qualifiedNames) + " " + quote(reason) + " on " + date;
	}

	static String quote(String text) {
		String oneLine = text == null ? "" : text.replace("\r", " ").replace("\n", " ").trim();
		return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
