package org.regionet.diagram.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.layout.DiagramLayout;
import org.regionet.diagram.layout.LayoutSettings;
import org.regionet.diagram.mapping.DiagramInterpreter;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.render.SvgExport;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.model.RegioModel;

/**
 * {@code LayoutBenchmark [nodes] [edges] [runs]}: generates an actor network (default 1,000 actors and 3,000
 * cooperations, one edge each) and measures mapping, ELK layered layout and SVG export, cold and warm, with wall
 * and CPU time (CPU time is steadier on a shared machine) and heap. The baseline in the same run is ELK's trivial
 * box layout of the same diagram through the same pipeline (sizing included, no layering or routing), so the
 * difference is what layered costs.
 */
public final class LayoutBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private LayoutBenchmark() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out));
	}

	/** One measurement: wall and CPU milliseconds. */
	private record Time(double wall, double cpu) {
		static <T> Timed<T> of(Supplier<T> work) {
			long wall = System.nanoTime();
			long cpu = THREADS.getCurrentThreadCpuTime();
			T result = work.get();
			return new Timed<>(result, new Time((System.nanoTime() - wall) / 1e6,
					(THREADS.getCurrentThreadCpuTime() - cpu) / 1e6));
		}

		@Override
		public String toString() {
			return String.format("%6.0f ms (CPU %6.0f ms)", wall, cpu);
		}
	}

	private record Timed<T>(T result, Time time) {
	}

	public static int run(String[] args, PrintStream out) {
		int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int edges = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		RegioModel model = SyntheticNetwork.generate(nodes, edges, 42);
		DiagramDescription description = RepresentationRegistry.builtIn().get("actor-network");
		DiagramInterpreter interpreter = new DiagramInterpreter(description);
		DiagramOptions options = DiagramOptions.defaults().withFilters(Set.of());
		TextMeasurer measurer = TextMeasurer.create();
		DiagramLayout layout = new DiagramLayout(measurer);
		LayoutSettings layered = LayoutSettings.of(description);
		LayoutSettings box = layered.withAlgorithm("box");

		long before = usedHeapAfterGc();
		resetPeaks();
		Timed<Diagram> mapped = Time.of(() -> interpreter.interpret(List.of(model), options));
		Diagram diagram = mapped.result();
		Time coldLayout = Time.of(() -> {
			layout.layout(diagram, layered);
			return diagram;
		}).time();
		Timed<String> svg = Time.of(() -> SvgExport.toSvg(diagram, measurer));
		long coldPeak = peakHeapBytes();
		long retained = usedHeapAfterGc() - before;
		out.printf("graph: %d nodes, %d edges (generated %d actors, %d cooperations); %d core(s)%n",
				diagram.allNodes().count(), diagram.edges().size(), nodes, edges,
				Runtime.getRuntime().availableProcessors());
		out.printf("cold:  mapping %s   layered layout %s   SVG %s, %.1f MB%n", mapped.time(), coldLayout,
				svg.time(), svg.result().length() / 1e6);

		Time[] mapping = new Time[runs];
		Time[] layeredTimes = new Time[runs];
		Time[] boxTimes = new Time[runs];
		resetPeaks();
		for (int i = 0; i < runs; i++) {
			Timed<Diagram> warm = Time.of(() -> interpreter.interpret(List.of(model), options));
			mapping[i] = warm.time();
			layeredTimes[i] = Time.of(() -> {
				layout.layout(warm.result(), layered);
				return warm;
			}).time();
			Diagram baseline = interpreter.interpret(List.of(model), options);
			boxTimes[i] = Time.of(() -> {
				layout.layout(baseline, box);
				return baseline;
			}).time();
		}
		long warmPeak = peakHeapBytes();
		Time layeredMedian = median(layeredTimes);
		Time boxMedian = median(boxTimes);
		out.printf("warm (median of %d): mapping %s%n", runs, median(mapping));
		out.printf("warm (median of %d): layered layout %s%n", runs, layeredMedian);
		out.printf("baseline, same run:  box layout     %s   -> layered costs %.1f x the baseline (CPU)%n", boxMedian,
				layeredMedian.cpu() / Math.max(0.001, boxMedian.cpu()));
		out.printf("heap: diagram with layout retains %.0f MB; peak used %.0f MB in the cold run, %.0f MB over the "
				+ "warm runs (both including garbage not yet collected)%n", retained / 1e6, coldPeak / 1e6, warmPeak / 1e6);
		out.printf("target layout < 1000 ms: %s (wall %.0f ms, CPU %.0f ms)%n",
				layeredMedian.wall() < 1000 ? "met" : "NOT met", layeredMedian.wall(), layeredMedian.cpu());
		return 0;
	}

	private static Time median(Time[] times) {
		double[] wall = Arrays.stream(times).mapToDouble(Time::wall).sorted().toArray();
		double[] cpu = Arrays.stream(times).mapToDouble(Time::cpu).sorted().toArray();
		return new Time(wall[wall.length / 2], cpu[cpu.length / 2]);
	}

	private static long usedHeapAfterGc() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
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
