package org.regionet.analysis.dedupe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader with encoding and delimiter detection. Hand-written rather than
 * Commons CSV so the analysis bundle needs no further dependency and errors name the record
 * and line (Commons CSV reports lines but not a record's field count against the header).
 * <ul>
 * <li>Encoding: UTF-8 (with or without BOM) if the bytes decode strictly as UTF-8, else
 * Windows-1252, the Latin-1 superset German spreadsheet exports use.</li>
 * <li>Delimiter: ',' ';' or tab, whichever splits the first lines (outside quotes) into the
 * most consistent, largest number of fields.</li>
 * </ul>
 */
public final class CsvReader {

    /** The fallback encoding for bytes that are not UTF-8. */
    public static final Charset LATIN = Charset.forName("windows-1252");

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private CsvReader() {
    }

    public static CsvTable read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /** Parses {@code bytes}; {@code source} names the input in error messages. */
    public static CsvTable read(byte[] bytes, String source) {
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            charset = LATIN;
            text = new String(bytes, LATIN);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return parse(text, detectDelimiter(text), charset, source);
    }

    /** Parses text with a known delimiter. */
    public static CsvTable parse(String text, char delimiter, Charset charset, String source) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    int quoteLine = line;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (!closed) {
                        throw new CsvFormatException(source, records.size() + 1, recordLine,
                                "quoted field " + (fields.size() + 1) + " opened on line " + quoteLine + " is never closed");
                    }
                    if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new CsvFormatException(source, records.size() + 1, recordLine, "field " + (fields.size() + 1)
                                + ": unexpected character '" + text.charAt(i) + "' after a closing quote");
                    }
                } else {
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == delimiter || c == '\n' || c == '\r') {
                            break;
                        }
                        if (c == '"') {
                            throw new CsvFormatException(source, records.size() + 1, recordLine, "field " + (fields.size() + 1)
                                    + ": quote inside an unquoted field (quote the whole field and double inner quotes)");
                        }
                        field.append(c);
                        i++;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == delimiter) {
                    i++;
                } else {
                    // CR, LF or CRLF ends the record.
                    if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    line++;
                    endOfRecord = true;
                }
            }
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
            if (!blank) {
                records.add(fields);
                lines.add(recordLine);
            }
        }
        if (records.isEmpty()) {
            throw new CsvFormatException(source, 1, 1, "the file is empty; a header line is required");
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            header.add(h.strip());
        }
        for (int k = 0; k < header.size(); k++) {
            if (header.indexOf(header.get(k)) != k) {
                throw new CsvFormatException(source, 1, lines.get(0), "column name '" + header.get(k) + "' occurs twice");
            }
        }
        List<List<String>> rows = new ArrayList<>(records.size() - 1);
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            if (row.size() != header.size()) {
                throw new CsvFormatException(source, r + 1, lines.get(r), "has " + row.size() + " fields, the header has "
                        + header.size() + " (delimiter '" + printable(delimiter) + "')");
            }
            rows.add(List.copyOf(row));
        }
        return new CsvTable(List.copyOf(header), rows, List.copyOf(lines.subList(1, lines.size())), delimiter, charset);
    }

    /** The delimiter that splits the first lines most consistently (ties: more fields). */
    static char detectDelimiter(String text) {
        List<String> sample = new ArrayList<>();
        int start = 0;
        while (sample.size() < 20 && start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String l = text.substring(start, end);
            if (!l.isBlank()) {
                sample.add(l);
            }
            start = end + 1;
        }
        char best = ',';
        double bestScore = -1;
        for (char d : DELIMITERS) {
            int first = -1;
            int consistent = 0;
            for (String l : sample) {
                int c = countOutsideQuotes(l, d);
                if (first < 0) {
                    first = c;
                }
                if (c == first && c > 0) {
                    consistent++;
                }
            }
            double score = first <= 0 ? 0 : consistent * 1000.0 + first;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        boolean quoted = false;
        int c = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == d && !quoted) {
                c++;
            }
        }
        return c;
    }

    private static String printable(char d) {
        return d == '\t' ? "\\t" : String.valueOf(d);
    }
}
