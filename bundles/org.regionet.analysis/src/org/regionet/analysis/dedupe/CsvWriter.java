package org.regionet.analysis.dedupe;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes RFC 4180 CSV (comma, CRLF, UTF-8) that is safe to open in a spreadsheet: a cell
 * starting with {@code = + - @}, tab or CR is prefixed with an apostrophe so it is not run as
 * a formula (OWASP CSV injection). Files are written to a temporary file and moved into place,
 * so a failed write never leaves half a file.
 */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** Writes {@code header} and {@code rows} to {@code file} atomically. */
    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                writeRow(w, header);
                for (List<String> row : rows) {
                    writeRow(w, row);
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** One cell, neutralised against formula injection and quoted where needed. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
