package org.regionet.analysis.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.text.Lexicon;

class CsvDedupeTest {

    @TempDir
    Path dir;

    private static final String PEOPLE = """
            id;name;city;source
            1;Industrie- und Handelskammer Aachen;Aachen;a
            2;IHK Aachen;Aachen;b
            3;Handwerkskammer Aachen;Aachen;a
            4;Handelskammer Aachen;Aachen;b
            5;Becker Metallbau GmbH;Düren;a
            6;Metallbau Bekcer;Düren;a
            7;Schmitz Metallbau GmbH;Düren;b
            8;Agentur für Arbeit Düren;Düren;b
            9;Arbeitsagentur Düren;Düren;a
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private List<List<String>> run(String... args) throws Exception {
        DedupeOptions o = DedupeOptions.parse(List.of(args));
        CsvDedupe.run(o, Lexicon.defaults(), AnalysisMonitor.none());
        return CsvReader.read(o.output()).rows();
    }

    private static boolean has(List<List<String>> rows, String a, String b) {
        return rows.stream().anyMatch(r -> r.get(0).equals(a) && r.get(1).equals(b));
    }

    @Test
    void findsDuplicatesButNotFalseFriends() throws Exception {
        Path in = write("in.csv", PEOPLE);
        List<List<String>> rows = run("--input", in.toString(), "--id", "id", "--fields", "name,city", "--output",
                dir.resolve("out.csv").toString());
        assertTrue(has(rows, "1", "2"));
        assertTrue(has(rows, "5", "6"));
        assertTrue(has(rows, "8", "9"));
        assertFalse(has(rows, "3", "4"), "Handwerkskammer is not Handelskammer");
        assertFalse(has(rows, "5", "7"));
        assertEquals(3, rows.get(0).size());
    }

    @Test
    void crossComparesOnlyAcrossGroups() throws Exception {
        Path in = write("in.csv", PEOPLE);
        List<List<String>> rows = run("--input", in.toString(), "--id", "id", "--fields", "name,city", "--cross",
                "source", "--output", dir.resolve("out.csv").toString());
        assertTrue(has(rows, "1", "2"), "a vs b");
        assertFalse(has(rows, "5", "6"), "both from source a");
        assertTrue(has(rows, "8", "9"));
    }

    @Test
    void labelsFitWeightsThatIgnoreANoisyField() throws Exception {
        StringBuilder sb = new StringBuilder("id,name,city\n");
        String[] names = {"Becker Metallbau", "Schulz Elektrotechnik", "Wagner Dachdeckerei", "Koch Tischlerei",
            "Richter Gartenbau", "Klein Logistik", "Wolf Spedition", "Neumann Malerbetrieb"};
        String[] cities = {"Aachen", "Köln", "Bonn", "Düren"};
        int id = 0;
        StringBuilder labels = new StringBuilder("left,right\n");
        for (int i = 0; i < names.length; i++) {
            // The same company twice, with its city recorded inconsistently.
            sb.append(++id).append(',').append(names[i]).append(',').append(cities[i % 4]).append('\n');
            sb.append(++id).append(',').append(names[i].toUpperCase()).append(',').append(cities[(i + 1) % 4]).append('\n');
            labels.append(id - 1).append(',').append(id).append('\n');
        }
        Path in = write("in.csv", sb.toString());
        Path lab = write("labels.csv", labels.toString());
        Path out = dir.resolve("out.csv");
        List<List<String>> plain = run("--input", in.toString(), "--id", "id", "--fields", "name,city", "--threshold",
                "0.9", "--output", out.toString());
        assertTrue(plain.isEmpty(), "equal weights: the wrong city pulls every pair below 0.9");
        DedupeReport report = CsvDedupe.run(DedupeOptions.parse(List.of("--input", in.toString(), "--id", "id",
                "--fields", "name,city", "--threshold", "0.9", "--labels", lab.toString(), "--output", out.toString())),
                Lexicon.defaults(), AnalysisMonitor.none());
        assertTrue(report.weights().get("name") > 0.8, report.weights().toString());
        assertEquals(8, report.labels());
        assertEquals(1.0, report.labelRecall());
        assertEquals(8, CsvReader.read(out).rows().size());
    }

    @Test
    void malformedInputNamesTheRowAndWritesNothing() throws Exception {
        Path in = write("bad.csv", "id,name\n1,A\n2,\"B\n");
        Path out = dir.resolve("out.csv");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> run("--input", in.toString(), "--id", "id",
                "--fields", "name", "--output", out.toString()));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("record 3"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void missingColumnsAndDuplicateIdsAreReported() throws Exception {
        Path in = write("in.csv", PEOPLE);
        var missing = assertThrows(IllegalArgumentException.class, () -> run("--input", in.toString(), "--id", "id",
                "--fields", "name,street", "--output", dir.resolve("o.csv").toString()));
        assertTrue(missing.getMessage().contains("street") && missing.getMessage().contains("city"));
        Path dup = write("dup.csv", "id,name\n1,A\n1,B\n");
        var twice = assertThrows(CsvFormatException.class, () -> run("--input", dup.toString(), "--id", "id",
                "--fields", "name", "--output", dir.resolve("o.csv").toString()));
        assertTrue(twice.getMessage().contains("duplicate id '1'"));
        var usage = assertThrows(IllegalArgumentException.class, () -> DedupeOptions.parse(List.of("--input", "x")));
        assertTrue(usage.getMessage().contains("usage"));
    }

    @Test
    void outputIsSafeAgainstFormulaInjection() throws Exception {
        Path in = write("in.csv", "id,name\n=1+1,Becker Metallbau\n@2,Becker Metallbau GmbH\n");
        Path out = dir.resolve("out.csv");
        run("--input", in.toString(), "--id", "id", "--fields", "name", "--output", out.toString());
        String text = Files.readString(out);
        assertTrue(text.contains("'=1+1") && text.contains("'@2"), text);
    }
}
