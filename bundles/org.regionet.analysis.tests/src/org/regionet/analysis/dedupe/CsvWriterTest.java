package org.regionet.analysis.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void formulasAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvWriter.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+49 241", CsvWriter.cell("+49 241"));
        assertEquals("'-1", CsvWriter.cell("-1"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("0.9500", CsvWriter.cell("0.9500"));
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
    }

    @Test
    void writesAtomicallyAndReadsBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pairs.csv");
        CsvWriter.write(out, List.of("id1", "id2", "score"), List.of(List.of("=1", "b,c", "0.9")));
        CsvTable t = CsvReader.read(Files.readAllBytes(out), "pairs.csv");
        assertEquals(List.of("'=1", "b,c", "0.9"), t.rows().get(0));
        assertEquals(1, Files.list(dir).count(), "no temporary file left behind");
        assertEquals(StandardCharsets.UTF_8, t.charset());
    }
}
