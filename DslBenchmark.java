package org.regionet.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;

import com.google.inject.Injector;

/**
 * {@code regionet bench-dsl N}: generates N elements over many files, then measures, in this (cold) JVM, parse +
 * index, and link + validate, with peak heap. The baseline in the same run is plain reading of the same bytes, so
 * the ratio shows what the language costs over I/O.
 */
public final class DslBenchmark {

	private DslBenchmark() {
	}

	public static int run(String[] args, PrintStream out) throws IOException {
		int elements = args.length > 0 ? Integer.parseInt(args[0].replace("_", "").replace("k", "000")) : 20_000;
		Path dir = Files.createTempDirectory("regionet-bench");
		try {
			int written = SyntheticModelWriter.write(dir, elements);
			long bytes;
			long t0 = System.nanoTime();
			try (Stream<Path> files = Files.list(dir)) {
				bytes = files.mapToLong(p -> {
					try {
						return Files.readAllBytes(p).length;
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}).sum();
			}
			long readNanos = System.nanoTime() - t0;
			resetPeaks();
			long t1 = System.nanoTime();
			Injector injector = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();
			ModelWorkspace workspace = injector.getInstance(ModelWorkspace.class).load(List.of(dir));
			long t2 = System.nanoTime();
			List<ModelProblem> problems = workspace.validate(CancelIndicator.NullImpl);
			long t3 = System.nanoTime();
			long errors = problems.stream().filter(p -> p.severity() == ModelProblem.Severity.ERROR).count();
			out.printf("elements: %d in %d files (%.1f MB)%n", written, workspace.fileCount(), bytes / 1e6);
			out.printf("baseline read bytes:   %7.0f ms%n", readNanos / 1e6);
			out.printf("parse + index:         %7.0f ms%n", (t2 - t1) / 1e6);
			out.printf("link + validate:       %7.0f ms%n", (t3 - t2) / 1e6);
			out.printf("total (cold JVM):      %7.0f ms  (%.1f x baseline read, %.1f us/element)%n", (t3 - t1) / 1e6,
					(double) (t3 - t1) / Math.max(1, readNanos), (t3 - t1) / 1e3 / written);
			out.printf("peak heap used:        %7.0f MB%n", peakHeapBytes() / 1e6);
			out.printf("problems: %d (errors: %d)%n", problems.size(), errors);
			return errors == 0 ? 0 : 1;
		} finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapBytes() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
				.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}
}
