package org.regionet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.ParallelStructureAnalyzer;
import org.regionet.analysis.dedupe.CsvDedupe;
import org.regionet.analysis.dedupe.CsvFormatException;
import org.regionet.analysis.dedupe.DedupeOptions;
import org.regionet.analysis.dedupe.DedupeReport;

/**
 * {@code regionet dedupe}: the actor-matching engine on any CSV list of actors; writes {@code id1,id2,score}.
 */
public class DedupeCommand {

	private final PrintStream out;
	private final PrintStream err;

	public DedupeCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
			out.println(DedupeOptions.USAGE);
			return CheckCommand.EXIT_OK;
		}
		DedupeOptions options;
		try {
			options = DedupeOptions.parse(List.of(args));
		} catch (IllegalArgumentException e) {
			err.println("regionet dedupe: " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		}
		try {
			DedupeReport report = CsvDedupe.run(options,
					ParallelStructureAnalyzer.lexicon(AnalysisSettings.defaults()), AnalysisMonitor.none());
			out.printf(Locale.ROOT, "%d records (%s, delimiter '%s'), %d candidate pairs, %d pairs written to %s%n",
					report.records(), report.charset(), report.delimiter() == '\t' ? "\\t" : report.delimiter(),
					report.candidates(), report.pairs(), options.output());
			for (Map.Entry<String, Double> weight : report.weights().entrySet()) {
				out.printf(Locale.ROOT, "  weight %s = %.3f%n", weight.getKey(), weight.getValue());
			}
			if (report.labels() > 0) {
				out.printf(Locale.ROOT, "  labelled pairs found: %d of %d (recall %.3f)%n", report.labelsFound(),
						report.labels(), report.labelRecall());
			}
			return CheckCommand.EXIT_OK;
		} catch (CsvFormatException e) {
			err.println("regionet dedupe: " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		} catch (IOException e) {
			err.println("regionet dedupe: cannot read or write: " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		}
	}
}
