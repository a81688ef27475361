package org.regionet.analysis.dedupe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.internal.LongList;
import org.regionet.analysis.text.Lexicon;

/**
 * The core of {@code regionet dedupe}: reads and validates the CSV, optionally fits field
 * weights from labelled pairs ({@link FieldWeightFitter}), matches ({@link RecordMatcher}) and
 * writes {@code id1,id2,score} atomically. Nothing is written if the input is invalid.
 */
public final class CsvDedupe {

    /** Random pairs drawn to estimate how often fields agree by chance. */
    static final int RANDOM_PAIRS = 20_000;

    private CsvDedupe() {
    }

    public static DedupeReport run(DedupeOptions o, Lexicon lexicon, AnalysisMonitor monitor) throws IOException {
        CsvTable table = CsvReader.read(o.input());
        String source = o.input().toString();
        int idCol = require(table, o.id(), source);
        List<Integer> fieldCols = new ArrayList<>();
        for (String f : o.fields()) {
            fieldCols.add(require(table, f, source));
        }
        int crossCol = o.cross() == null ? -1 : require(table, o.cross(), source);

        List<Record> records = new ArrayList<>(table.rows().size());
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String id = row.get(idCol).strip();
            int record = r + 2;
            if (id.isEmpty()) {
                throw new CsvFormatException(source, record, table.lines().get(r), "empty id in column '" + o.id() + "'");
            }
            Integer earlier = seen.put(id, record);
            if (earlier != null) {
                throw new CsvFormatException(source, record, table.lines().get(r),
                        "duplicate id '" + id + "' (also record " + earlier + ")");
            }
            List<String> values = new ArrayList<>(fieldCols.size());
            for (int c : fieldCols) {
                values.add(row.get(c));
            }
            records.add(new Record(id, values, crossCol < 0 ? null : row.get(crossCol).strip()));
        }

        RecordMatcher matcher = new RecordMatcher(o.fields(), null, 0.35, lexicon).index(records);
        List<int[]> labelled = o.labels() == null ? List.of() : labels(o, matcher);
        if (!labelled.isEmpty()) {
            FieldWeightFitter.Fit fit = FieldWeightFitter.fit(matcher, labelled, RANDOM_PAIRS, 42);
            matcher = matcher.withWeights(fit.weights());
        }
        List<MatchPair> pairs = matcher.match(o.threshold(), crossCol >= 0, monitor);

        List<List<String>> rows = new ArrayList<>(pairs.size());
        Set<Long> written = new HashSet<>();
        for (MatchPair p : pairs) {
            rows.add(List.of(p.id1(), p.id2(), String.format(Locale.ROOT, "%.4f", p.score())));
            written.add(LongList.pair(matcher.indexOf(p.id1()), matcher.indexOf(p.id2())));
        }
        CsvWriter.write(o.output(), List.of("id1", "id2", "score"), rows);

        int found = 0;
        for (int[] l : labelled) {
            if (written.contains(LongList.pair(l[0], l[1]))) {
                found++;
            }
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        double[] w = matcher.weights();
        for (int f = 0; f < w.length; f++) {
            weights.put(o.fields().get(f), w[f]);
        }
        return new DedupeReport(records.size(), matcher.candidates(crossCol >= 0, AnalysisMonitor.none()).length,
                pairs.size(), weights, labelled.size(), found, table.charset(), table.delimiter());
    }

    private static int require(CsvTable table, String column, String source) {
        int c = table.column(column);
        if (c < 0) {
            throw new IllegalArgumentException("Column '" + column + "' not found in " + source + "; columns are "
                    + table.header());
        }
        return c;
    }

    /** Labelled pairs as record indexes; a first row naming unknown ids is taken as a header. */
    private static List<int[]> labels(DedupeOptions o, RecordMatcher matcher) throws IOException {
        String source = o.labels().toString();
        CsvTable t = CsvReader.read(o.labels());
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> first = t.header();
        if (first.size() < 2) {
            throw new CsvFormatException(source, 1, 1, "a labels file needs two id columns");
        }
        boolean headerIsData = matcher.indexOf(first.get(0)) >= 0 && matcher.indexOf(first.get(1)) >= 0;
        if (headerIsData) {
            rows.add(first);
            lines.add(1);
        }
        rows.addAll(t.rows());
        lines.addAll(t.lines());
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int a = matcher.indexOf(rows.get(r).get(0).strip());
            int b = matcher.indexOf(rows.get(r).get(1).strip());
            int record = headerIsData ? r + 1 : r + 2;
            if (a < 0 || b < 0) {
                throw new CsvFormatException(source, record, lines.get(r), "unknown id '"
                        + (a < 0 ? rows.get(r).get(0) : rows.get(r).get(1)) + "' (not in " + o.input() + ")");
            }
            if (a != b) {
                out.add(new int[] {a, b});
            }
        }
        return out;
    }
}
