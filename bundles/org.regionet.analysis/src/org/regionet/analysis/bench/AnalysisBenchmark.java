package org.regionet.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisResult;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.Evidence;
import org.regionet.analysis.Finding;
import org.regionet.analysis.ParallelStructureAnalyzer;
import org.regionet.analysis.synth.SyntheticGermany;
import org.regionet.analysis.synth.SyntheticModel;
import org.regionet.model.FindingKind;

/**
 * Benchmark on synthetic Germany-scale models: for each size (activities; actors are 20 % of
 * that) prints generation and analysis time, peak heap, precision and recall per finding kind
 * against the planted truth, and for small sizes the recall of blocking against exhaustive
 * comparison.
 * <p>
 * Usage: {@code AnalysisBenchmark [--blocking lucene|ngram] [--exhaustive-limit N] [--threads N] [--set key=value]... [sizes...]};
 * default sizes 10000 100000 1000000, exhaustive limit 10000. Run with {@code -Xmx8g}.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        int exhaustiveLimit = 10_000;
        int falsePositives = 0;
        java.util.Map<String, String> props = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--set")) {
                String[] kv = args[++i].split("=", 2);
                props.put(kv[0], kv[1]);
            }
        }
        AnalysisSettings.Builder settings = AnalysisSettings.fromMap(props).toBuilder();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> i++;
                case "--blocking" -> settings.blocking(AnalysisSettings.Blocking.valueOf(args[++i].toUpperCase(Locale.ROOT)));
                case "--exhaustive-limit" -> exhaustiveLimit = Integer.parseInt(args[++i]);
                case "--threads" -> settings.threads(Integer.parseInt(args[++i]));
                case "--false-positives" -> falsePositives = Integer.parseInt(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i].replace("_", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000, 100_000, 1_000_000);
        }
        AnalysisSettings s = settings.build();
        System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MB, blocking %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, s.blocking());
        for (int size : sizes) {
            run(size, s, size <= exhaustiveLimit, falsePositives);
        }
    }

    private static void run(int activities, AnalysisSettings settings, boolean exhaustive, int falsePositives) {
        long t0 = System.nanoTime();
        SyntheticModel model = SyntheticGermany.generate(SyntheticGermany.Options.of(activities));
        long gen = System.nanoTime() - t0;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        HeapSampler sampler = new HeapSampler(memory);
        sampler.start();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpu0 = os.getProcessCpuTime();
        t0 = System.nanoTime();
        AnalysisResult result = ParallelStructureAnalyzer.analyze(model.models(), settings, AnalysisMonitor.none());
        long analysis = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        long peak = sampler.finish();

        System.out.printf(Locale.ROOT, "%n== %,d activities, %,d actors, %,d committees ==%n", model.activities().size(),
                model.actors().size(), model.committees().size());
        System.out.printf(Locale.ROOT, "generation %.1f s; analysis %.1f s end to end (%.1f s CPU, load average %.1f before / %.1f after);"
                + " heap: model %d MB, peak during analysis %d MB%n", gen / 1e9, analysis / 1e9, cpu / 1e9, loadBefore,
                os.getSystemLoadAverage(), baseline >> 20, peak >> 20);
        System.out.printf(Locale.ROOT, "%-32s %9s %9s %9s %9s %9s%n", "kind", "truth", "reported", "correct", "precision", "recall");
        for (Map.Entry<String, Evaluation.Score> e : Evaluation.of(result, model).entrySet()) {
            Evaluation.Score sc = e.getValue();
            if (e.getKey().startsWith("near-miss")) {
                System.out.printf(Locale.ROOT, "%-32s %9d %9d%n", e.getKey(), sc.truth(), sc.found());
            } else {
                System.out.printf(Locale.ROOT, "%-32s %9d %9d %9d %9.4f %9.4f%n", e.getKey(), sc.truth(), sc.found(),
                        sc.truePositives(), sc.precision(), sc.recall());
            }
        }
        System.out.println("statistics: " + result.statistics());
        if (falsePositives > 0) {
            printFalsePositives(Evaluation.falsePositives(result, model), falsePositives);
        }
        if (exhaustive) {
            for (BlockingRecall.Recall r : BlockingRecall.measure(model.models(), settings)) {
                System.out.printf(Locale.ROOT, "blocking recall %-16s %.4f (%d of %d exhaustive pairs; blocked %d ms, exhaustive %d ms)%n",
                        r.kind(), r.recall(), r.blocked(), r.exhaustive(), r.millisBlocked(), r.millisExhaustive());
            }
        }
    }

    /** A sample of the reported pairs that are not in the planted truth, with their evidence, to see why. */
    private static void printFalsePositives(List<Finding> falsePositives, int limit) {
        Map<FindingKind, Integer> shown = new java.util.EnumMap<>(FindingKind.class);
        for (Finding f : falsePositives) {
            if (shown.merge(f.kind(), 1, Integer::sum) > limit) {
                continue;
            }
            System.out.println("false positive " + f);
            for (Evidence e : f.evidence()) {
                System.out.printf(Locale.ROOT, "    %-14s %.2f %s%n", e.attribute(), e.value(), e.explanation());
            }
        }
    }

    /** Samples used heap every 10 ms; the maximum approximates the peak. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory;
        private final AtomicLong max = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler(MemoryMXBean memory) {
            super("heap-sampler");
            setDaemon(true);
            this.memory = memory;
        }

        @Override
        public void run() {
            while (running) {
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            interrupt();
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(max.get(), memory.getHeapMemoryUsage().getUsed());
        }
    }
}
