package org.regionet.analysis.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvTable read(String text) {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    @Test
    void detectsSemicolonAndTab() {
        assertEquals(';', read("id;name\n1;IHK Aachen, Geschäftsstelle\n").delimiter());
        assertEquals('\t', read("id\tname\n1\tIHK Aachen\n").delimiter());
        assertEquals(',', read("id,name\n1,\"IHK; Aachen\"\n").delimiter());
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndNewlines() {
        CsvTable t = read("id,name,note\r\n1,\"Becker, \"\"Metall\"\"\",\"line one\nline two\"\r\n2,Schmitz,\r\n");
        assertEquals(List.of("1", "Becker, \"Metall\"", "line one\nline two"), t.rows().get(0));
        assertEquals(List.of("2", "Schmitz", ""), t.rows().get(1));
        assertEquals(List.of(2, 4), t.lines());
    }

    @Test
    void latin1IsDetectedWhenBytesAreNotUtf8() {
        byte[] bytes = "id;name\n1;Düsseldorf Straße\n".getBytes(CsvReader.LATIN);
        CsvTable t = CsvReader.read(bytes, "latin.csv");
        assertEquals(CsvReader.LATIN, t.charset());
        assertEquals("Düsseldorf Straße", t.rows().get(0).get(1));
    }

    @Test
    void utf8BomIsSkipped() {
        CsvTable t = read("\uFEFFid,name\n1,Köln\n");
        assertEquals(StandardCharsets.UTF_8, t.charset());
        assertEquals("id", t.header().get(0));
        assertEquals("Köln", t.rows().get(0).get(1));
    }

    @Test
    void wrongFieldCountNamesRecordAndLine() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("id,name\n1,A\n2,B,extra\n"));
        assertEquals(3, e.record());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("test.csv") && e.getMessage().contains("3 fields"), e.getMessage());
    }

    @Test
    void unclosedQuoteNamesWhereItStarted() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("id,name\n1,A\n2,\"B\n3,C\n"));
        assertEquals(3, e.record());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void strayQuotesAreErrors() {
        assertThrows(CsvFormatException.class, () -> read("id,name\n1,Be\"cker\n"));
        assertThrows(CsvFormatException.class, () -> read("id,name\n1,\"Becker\"x\n"));
        assertThrows(CsvFormatException.class, () -> read(""));
    }
}
