package org.regionet.analysis.dedupe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code regionet dedupe --input FILE.csv --id COLUMN --fields A,B,C [--cross COLUMN]
 * [--threshold X] [--labels PAIRS.csv] --output PAIRS.csv}.
 *
 * @param input     CSV file to deduplicate
 * @param id        id column
 * @param fields    columns to compare
 * @param cross     if set, only records whose value in this column differs are compared
 * @param threshold minimum weighted similarity of a reported pair (default 0.85)
 * @param labels    CSV of known true pairs (two id columns) to fit field weights, or null
 * @param output    CSV to write (id1,id2,score)
 */
public record DedupeOptions(Path input, String id, List<String> fields, String cross, double threshold, Path labels,
        Path output) {

    public static final double DEFAULT_THRESHOLD = 0.85;

    public static final String USAGE = "usage: regionet dedupe --input FILE.csv --id COLUMN --fields A,B,C"
            + " [--cross COLUMN] [--threshold X] [--labels PAIRS.csv] --output PAIRS.csv";

    /** Parses command-line arguments; errors say which option is wrong and show the usage. */
    public static DedupeOptions parse(List<String> args) {
        Path input = null;
        String id = null;
        List<String> fields = null;
        String cross = null;
        double threshold = DEFAULT_THRESHOLD;
        Path labels = null;
        Path output = null;
        for (int i = 0; i < args.size(); i++) {
            String opt = args.get(i);
            if (!opt.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + opt + "'\n" + USAGE);
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new IllegalArgumentException("option " + opt + " needs a value\n" + USAGE);
            }
            String v = args.get(++i);
            switch (opt) {
                case "--input" -> input = Path.of(v);
                case "--id" -> id = v.strip();
                case "--fields" -> {
                    fields = new ArrayList<>();
                    for (String f : v.split(",")) {
                        if (!f.isBlank()) {
                            fields.add(f.strip());
                        }
                    }
                }
                case "--cross" -> cross = v.strip();
                case "--threshold" -> {
                    try {
                        threshold = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--threshold must be a number in [0,1], was '" + v + "'");
                    }
                    if (threshold < 0 || threshold > 1) {
                        throw new IllegalArgumentException("--threshold must lie in [0,1], was " + v);
                    }
                }
                case "--labels" -> labels = Path.of(v);
                case "--output" -> output = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + opt + "\n" + USAGE);
            }
        }
        if (input == null || id == null || fields == null || fields.isEmpty() || output == null) {
            throw new IllegalArgumentException("--input, --id, --fields and --output are required\n" + USAGE);
        }
        return new DedupeOptions(input, id, List.copyOf(fields), cross, threshold, labels, output);
    }
}
