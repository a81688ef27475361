package org.regionet.ui.editor.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.assist.ContentAssistService;
import org.regionet.ui.editor.internal.model.Analysis;
import org.regionet.ui.editor.internal.model.Analyzer;
import org.regionet.ui.editor.internal.model.ModelSource;
import org.regionet.ui.editor.internal.model.ProjectModel;

import com.google.inject.Injector;

/**
 * Latency of the model editor's services on a generated file, called the way the editor calls them: the reconcile
 * ({@link ProjectModel#read} bringing the resource in sync with the edited text, then {@link Analyzer}: link,
 * validate, highlighting, folding, outline) and content assist ({@link ContentAssistService} on the synced
 * resource). Baselines of the same run: parsing the same text alone, and content assist in a 200-line file.
 */
public final class EditorBenchmark {

	private static final URI FILE = URI.createURI("memory:/bench/bench.regio");
	private static final URI SMALL_FILE = URI.createURI("memory:/small/small.regio");

	private EditorBenchmark() {
	}

	/**
	 * Arguments: {@code [LINES] [--rounds N]}; default 5,000 lines, 150 measured rounds after 50 warm-up rounds (an
	 * editor that has been in use for a minute has its code compiled; a cold one is slower for the first seconds).
	 */
	public static int run(String[] args, PrintStream out) throws Exception {
		int lines = 5000;
		int rounds = 150;
		for (int i = 0; i < args.length; i++) {
			if ("--rounds".equals(args[i]) && i + 1 < args.length) {
				rounds = Integer.parseInt(args[++i]);
			} else if (args[i].matches("\\d+")) {
				lines = Integer.parseInt(args[i]);
			} else {
				out.println("usage: regionet bench-editor [LINES] [--rounds N]");
				return 2;
			}
		}
		long start = System.nanoTime();
		Injector injector = LanguageServices.injector();
		out.printf(Locale.ROOT, "language services ready in %d ms%n", millis(System.nanoTime() - start));

		String text = BenchModelGenerator.generate(lines);
		String small = BenchModelGenerator.generate(200);
		out.printf(Locale.ROOT, "model file: %,d lines, %,d characters; small file: %d lines%n",
				BenchModelGenerator.count(text), text.length(), BenchModelGenerator.count(small));

		// Two projects: both files declare the same namespace and names.
		ProjectModel model = new ProjectModel(injector, new MemorySource(Map.of(FILE, text)));
		ProjectModel smallModel = new ProjectModel(injector, new MemorySource(Map.of(SMALL_FILE, small)));
		model.connectEditor(FILE);
		smallModel.connectEditor(SMALL_FILE);
		Analyzer analyzer = new Analyzer(injector);
		ContentAssistService assist = new ContentAssistService(injector);

		Analysis first = model.read(FILE, text, resource -> analyzer.analyze(resource, 0, () -> false));
		out.printf(Locale.ROOT, "first reconcile: %d problems, %d outline nodes%n", first.problems().size(),
				first.outline().size());

		int warmup = 50;
		// Each round types one character into a different description, as the debounced reconciler sees it.
		IntFunction<String> edited = round -> edit(text, round);
		long[] parse = measure(warmup, rounds, round -> parseAlone(injector, edited.apply(round)));
		long[] reconcile = measure(warmup, rounds, round -> {
			Analysis analysis = model.read(FILE, edited.apply(round),
					resource -> analyzer.analyze(resource, round, () -> false));
			if (analysis == null || !analysis.problems().isEmpty()) {
				throw new IllegalStateException("unexpected problems: " + (analysis == null ? null : analysis.problems()));
			}
		});

		List<Integer> offsets = completionOffsets(text);
		List<Integer> smallOffsets = completionOffsets(small);
		String synced = edited.apply(rounds + warmup - 1);
		List<Integer> syncedOffsets = completionOffsets(synced);
		long[] completionSmall = measure(warmup, rounds,
				round -> complete(smallModel, assist, SMALL_FILE, small, smallOffsets.get(round % smallOffsets.size())));
		long[] completion = measure(warmup, rounds,
				round -> complete(model, assist, FILE, synced, syncedOffsets.get(round % syncedOffsets.size())));
		long[] completionAfterTyping = measure(warmup, rounds, round -> {
			String typed = edit(text, round + 1000);
			complete(model, assist, FILE, typed, offsets.get(round % offsets.size()));
		});

		out.println();
		out.printf(Locale.ROOT, "%-46s %9s %9s %8s%n", "operation (" + rounds + " rounds)", "p50 ms", "p95 ms",
				"p95 ratio");
		row(out, "baseline: parse alone (same text)", parse, parse);
		row(out, "reconcile (sync + link + validate + views)", reconcile, parse);
		row(out, "baseline: completion in a 200-line file", completionSmall, completionSmall);
		row(out, "completion (text in sync, as after reconcile)", completion, completionSmall);
		row(out, "completion right after a keystroke (+ reparse)", completionAfterTyping, completionSmall);
		out.println();
		out.printf(Locale.ROOT, "targets: completion p95 < 50 ms: %s (%.1f ms in sync, %.1f ms after a keystroke); "
				+ "reconcile p95 < 100 ms: %s (%.1f ms)%n", verdict(p(completion, 95) < 50), p(completion, 95),
				p(completionAfterTyping, 95), verdict(p(reconcile, 95) < 100), p(reconcile, 95));
		return 0;
	}

	private static String verdict(boolean met) {
		return met ? "met" : "MISSED";
	}

	/** The text with one character typed into the description of activity {@code round} (modulo their number). */
	static String edit(String text, int round) {
		List<Integer> positions = new ArrayList<>();
		int at = -1;
		while ((at = text.indexOf(".\"\n", at + 1)) >= 0) {
			positions.add(at);
		}
		int position = positions.get(round % positions.size());
		return text.substring(0, position) + "x" + text.substring(position);
	}

	/** Caret positions where an analyst asks for completion: after lead (references), type (enum), a new line. */
	static List<Integer> completionOffsets(String text) {
		List<Integer> offsets = new ArrayList<>();
		for (String marker : List.of("\tlead ", "\ttype ", "\tfields ", "}\n// ")) {
			int at = -1;
			int found = 0;
			while ((at = text.indexOf(marker, at + 1)) >= 0 && found < 40) {
				// Spread over the file: take every n-th occurrence.
				if (found++ % 3 == 0) {
					offsets.add(marker.startsWith("}") ? at + 2 : at + marker.length());
				}
			}
		}
		return offsets;
	}

	private static void complete(ProjectModel model, ContentAssistService assist, URI file, String text, int offset)
			throws InterruptedException {
		int count = model.read(file, text, resource -> assist.entries(resource, text, offset, () -> false).size());
		if (count == 0) {
			throw new IllegalStateException("no proposals at offset " + offset);
		}
	}

	private static void parseAlone(Injector injector, String text) throws Exception {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/parse/p.regio"));
		resource.load(new LazyStringInputStream(text, "UTF-8"), null);
		if (resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalStateException("syntax errors in the generated model");
		}
	}

	@FunctionalInterface
	private interface Round {
		void run(int round) throws Exception;
	}

	private static long[] measure(int warmup, int rounds, Round work) throws Exception {
		for (int i = 0; i < warmup; i++) {
			work.run(i);
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			work.run(warmup + i);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return nanos;
	}

	/** The percentile of sorted nanosecond samples, in milliseconds (nearest rank). */
	static double p(long[] sorted, int percentile) {
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	private static void row(PrintStream out, String name, long[] samples, long[] baseline) {
		out.printf(Locale.ROOT, "%-46s %9.1f %9.1f %7.1f×%n", name, p(samples, 50), p(samples, 95),
				p(samples, 95) / p(baseline, 95));
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

	/** The project's saved files, in memory. */
	private record MemorySource(Map<URI, String> files) implements ModelSource {
		MemorySource {
			files = new LinkedHashMap<>(files);
		}

		@Override
		public Collection<URI> modelFiles() {
			return List.copyOf(files.keySet());
		}

		@Override
		public String read(URI file) {
			return files.get(file);
		}
	}
}
