package org.regionet.io.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a check report in one format.
 */
public interface ReportWriter {

	void write(CheckReport report, Writer out) throws IOException;
}
