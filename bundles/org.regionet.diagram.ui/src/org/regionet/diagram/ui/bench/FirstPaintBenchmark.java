package org.regionet.diagram.ui.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.regionet.diagram.bench.SyntheticNetwork;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.layout.DiagramLayout;
import org.regionet.diagram.layout.LayoutSettings;
import org.regionet.diagram.mapping.DiagramInterpreter;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.render.DiagramPainter;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.ui.SwtSurface;
import org.regionet.diagram.ui.ViewTransform;
import org.regionet.diagram.view.Diagram;
import org.regionet.model.RegioModel;

/**
 * What a user waits for when opening a large diagram: mapping, ELK layout and the first paint of the editor's
 * canvas (an offscreen SWT image of the editor's size, fitted as the editor does), for a generated network of
 * 1,000 actors and 3,000 cooperations. Baseline of the same run: clearing the image. Needs a display (Xvfb).
 */
public final class FirstPaintBenchmark {

	private FirstPaintBenchmark() {
	}

	public static int run(String[] args, PrintStream out) {
		int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int edges = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		Display display = Display.getDefault();
		RegioModel model = SyntheticNetwork.generate(nodes, edges, 42);
		DiagramDescription description = RepresentationRegistry.builtIn().get("actor-network");
		TextMeasurer measurer = TextMeasurer.create();
		DiagramPainter painter = new DiagramPainter(measurer);
		double[] total = new double[runs + 1];
		double[] paint = new double[runs + 1];
		double[] clear = new double[runs + 1];
		long nodesDrawn = 0;
		int edgesDrawn = 0;
		for (int i = 0; i <= runs; i++) {
			long t0 = System.nanoTime();
			Diagram diagram = new DiagramInterpreter(description).interpret(List.of(model),
					DiagramOptions.defaults().withFilters(Set.of()));
			new DiagramLayout(measurer).layout(diagram, LayoutSettings.of(description));
			long t1 = System.nanoTime();
			Image image = new Image(display, 1200, 800);
			GC gc = new GC(image);
			long c0 = System.nanoTime();
			gc.fillRectangle(0, 0, 1200, 800);
			long c1 = System.nanoTime();
			ViewTransform view = new ViewTransform();
			double[] page = painter.pageSize(diagram);
			view.fit(page[0], page[1], 1200, 800);
			long p0 = System.nanoTime();
			try (SwtSurface surface = new SwtSurface(gc, view)) {
				painter.paint(diagram, surface);
			}
			long p1 = System.nanoTime();
			gc.dispose();
			image.dispose();
			total[i] = (t1 - t0 + p1 - p0) / 1e6;
			paint[i] = (p1 - p0) / 1e6;
			clear[i] = (c1 - c0) / 1e6;
			nodesDrawn = diagram.allNodes().count();
			edgesDrawn = diagram.edges().size();
		}
		out.printf("graph: %d nodes, %d edges; %d core(s); heap used %.0f MB%n", nodesDrawn, edgesDrawn,
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6);
		out.printf("cold (first run): mapping + layout + first paint %.0f ms, of which paint %.0f ms%n", total[0], paint[0]);
		double warmTotal = median(Arrays.copyOfRange(total, 1, total.length));
		double warmPaint = median(Arrays.copyOfRange(paint, 1, paint.length));
		double baseline = median(Arrays.copyOfRange(clear, 1, clear.length));
		out.printf("warm (median of %d): mapping + layout + first paint %.0f ms, paint %.1f ms%n", runs, warmTotal,
				warmPaint);
		out.printf("baseline, same run: clearing the canvas %.2f ms -> paint costs %.0f x the baseline%n", baseline,
				warmPaint / Math.max(0.001, baseline));
		out.printf("target layout + first paint < 1000 ms: %s (cold %.0f ms, warm %.0f ms)%n",
				total[0] < 1000 ? "met" : warmTotal < 1000 ? "met warm, NOT cold" : "NOT met", total[0], warmTotal);
		return 0;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
