package org.regionet.analysis.dedupe;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A parsed CSV file.
 *
 * @param header    column names (trimmed)
 * @param rows      data records, each with exactly as many fields as the header
 * @param lines     per data record, the 1-based line it starts on
 * @param delimiter the detected delimiter
 * @param charset   the detected encoding
 */
public record CsvTable(List<String> header, List<List<String>> rows, List<Integer> lines, char delimiter,
        Charset charset) {

    /** The index of a column, or -1. Exact match first, then case-insensitive. */
    public int column(String name) {
        int i = header.indexOf(name);
        if (i >= 0) {
            return i;
        }
        for (int k = 0; k < header.size(); k++) {
            if (header.get(k).equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        return -1;
    }
}
