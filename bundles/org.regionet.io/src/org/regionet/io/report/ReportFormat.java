package org.regionet.io.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The output formats of {@code regionet check}.
 */
public enum ReportFormat {
	TEXT(TextReportWriter::new), JSON(JsonReportWriter::new), SARIF(SarifReportWriter::new), CSV(CsvReportWriter::new),
	HTML(HtmlReportWriter::new);

	private final Supplier<ReportWriter> factory;

	ReportFormat(Supplier<ReportWriter> factory) {
		this.factory = factory;
	}

	public ReportWriter writer() {
		return factory.get();
	}

	/** Parses a format name; the message lists the valid names. */
	public static ReportFormat parse(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("unknown format '" + name + "': use one of "
					+ String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
		}
	}
}
