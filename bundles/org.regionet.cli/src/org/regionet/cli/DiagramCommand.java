package org.regionet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.nio.file.Files;

import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.analysis.AnalysisMonitor;
import org.regionet.analysis.AnalysisResult;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.analysis.ParallelStructureAnalyzer;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.mapping.FindingLinks;
import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.export.DiagramExporter;
import org.regionet.diagram.export.ExportFormat;
import org.regionet.diagram.export.ExportRequest;
import org.regionet.diagram.export.ExportResult;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;

/**
 * {@code regionet diagram --representation ID --output FILE.svg|.png [--algorithm ID] [--no-findings] [--layout
 * FILE.layout] PATH…}: draws one of the built-in representations of the models, laid out by ELK, headless, with the
 * analysis' open findings in the findings layer (as the editor shows them) and, for a single model file, the pins and
 * layers of its layout sidecar.
 */
public class DiagramCommand {

	static final String USAGE = """
			Usage: regionet diagram --representation actor-network|committee-structure|region-landscape
			                        --output FILE.svg|FILE.png [--algorithm layered|box|fixed|random]
			                        [--no-findings] [--layout FILE.regio.layout] PATH...
			The findings layer shows the open findings of the analysis (default thresholds); --no-findings leaves
			them out. Pins, layers and filters come from --layout, or from the sidecar next to a single model file.""";

	private final PrintStream out;
	private final PrintStream err;

	public DiagramCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		String representation = null;
		Path output = null;
		String algorithm = null;
		boolean findings = true;
		Path layout = null;
		List<Path> paths = new ArrayList<>();
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "-h", "--help" -> {
						out.println(USAGE);
						return CheckCommand.EXIT_OK;
					}
					case "--representation" -> representation = Arguments.value(args, ++i);
					case "--output" -> output = Path.of(Arguments.value(args, ++i));
					case "--algorithm" -> algorithm = Arguments.value(args, ++i);
					case "--no-findings" -> findings = false;
					case "--layout" -> layout = Path.of(Arguments.value(args, ++i));
					default -> {
						if (args[i].startsWith("-")) {
							throw new IllegalArgumentException("unknown option " + args[i]);
						}
						paths.add(Path.of(args[i]));
					}
				}
			}
			if (representation == null || output == null || paths.isEmpty()) {
				throw new IllegalArgumentException("--representation, --output and a PATH are required");
			}
		} catch (IllegalArgumentException e) {
			err.println("regionet diagram: " + e.getMessage());
			err.println(USAGE);
			return CheckCommand.EXIT_USAGE;
		}
		Logging.quiet();
		ModelWorkspace workspace = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration()
				.getInstance(ModelWorkspace.class).load(paths);
		List<ModelProblem> errors = workspace.validate(CancelIndicator.NullImpl).stream()
				.filter(p -> p.severity() == ModelProblem.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(p -> err.println(p.format()));
			err.println("regionet diagram: the models have errors; run regionet check");
			return CheckCommand.EXIT_ERRORS;
		}
		try {
			ExportRequest request = ExportRequest.of(representation, workspace.models(), output, ExportFormat.of(output));
			if (algorithm != null) {
				request = request.withAlgorithm(algorithm);
			}
			if (findings) {
				AnalysisResult analysis = ParallelStructureAnalyzer.analyze(workspace.models(), AnalysisSettings.defaults(),
						AnalysisMonitor.none());
				request = request.withOptions(DiagramOptions.defaults().withFindings(FindingLinks.of(analysis)));
			}
			Path sidecar = layout != null ? layout
					: paths.size() == 1 && Files.isRegularFile(paths.get(0)) ? LayoutSidecar.pathFor(paths.get(0)) : null;
			if (sidecar != null && (layout != null || Files.exists(sidecar))) {
				request = request.withSidecar(sidecar);
			}
			ExportResult result = DiagramExporter.export(request);
			result.warnings().forEach(w -> err.println("regionet diagram: warning: " + w));
			out.println(result.nodes() + " nodes, " + result.edges() + " edges written to " + result.output());
			return CheckCommand.EXIT_OK;
		} catch (IllegalArgumentException e) {
			err.println("regionet diagram: " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		} catch (IOException e) {
			err.println("regionet diagram: cannot write " + output + ": " + e.getMessage());
			return CheckCommand.EXIT_USAGE;
		}
	}
}
