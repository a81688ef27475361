package org.regionet.analysis.dedupe;

/** Malformed CSV input; the message names the file, record and line. */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int record;
    private final int line;

    public CsvFormatException(String source, int record, int line, String problem) {
        super("Malformed CSV" + (source == null ? "" : " in " + source) + ": record " + record + " (line " + line + "): "
                + problem);
        this.record = record;
        this.line = line;
    }

    /** 1-based record number; the header is record 1. */
    public int record() {
        return record;
    }

    /** 1-based physical line where the record starts. */
    public int line() {
        return line;
    }
}
