package org.regionet.diagram.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.Filter;
import org.regionet.diagram.description.Layer;
import org.regionet.diagram.io.AtomicFiles;
import org.regionet.diagram.layout.DiagramLayout;
import org.regionet.diagram.layout.LayoutSettings;
import org.regionet.diagram.mapping.DiagramInterpreter;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.render.PngExport;
import org.regionet.diagram.render.SvgExport;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.sidecar.RepresentationLayout;
import org.regionet.diagram.sidecar.SidecarJson;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.Point;

/**
 * The headless entry point for {@code regionet diagram --representation ID --output FILE PATH…}: interprets a
 * built-in representation over the models, lays it out honouring the layout sidecar of the first model file
 * (pinned positions and the layers, filters and algorithm chosen there), and writes SVG or PNG atomically. The
 * sidecar is only read, never written. A broken sidecar becomes a warning, not a failure.
 */
public final class DiagramExporter {

	private DiagramExporter() {
	}

	public static ExportResult export(String representationId, List<? extends EObject> models, Path output,
			ExportFormat format) throws IOException {
		return export(ExportRequest.of(representationId, models, output, format));
	}

	public static ExportResult export(ExportRequest request) throws IOException {
		List<String> warnings = new ArrayList<>();
		TextMeasurer measurer = TextMeasurer.create();
		Diagram diagram = layout(request, measurer, warnings);
		byte[] bytes = switch (request.format()) {
			case SVG -> SvgExport.toSvg(diagram, measurer).getBytes(StandardCharsets.UTF_8);
			case PNG -> PngExport.toPng(diagram, measurer, request.pngScale());
		};
		AtomicFiles.write(request.output(), bytes);
		return new ExportResult(request.output(), (int) diagram.allNodes().count(), diagram.edges().size(),
				List.copyOf(warnings));
	}

	/**
	 * The representation interpreted over the models and laid out, honouring the sidecar's pins, layers, filters
	 * and algorithm; what an export draws and what the diagram editor shows. Problems with the sidecar are added to
	 * {@code warnings}.
	 */
	public static Diagram layout(ExportRequest request, TextMeasurer measurer, List<String> warnings) {
		if (request.models().isEmpty()) {
			throw new IllegalArgumentException("no models to draw");
		}
		DiagramDescription description = RepresentationRegistry.builtIn().get(request.representationId());
		Optional<RepresentationLayout> saved = savedLayout(request, warnings);
		DiagramOptions options = withSavedChoices(request.options(), saved, description, warnings);
		Diagram diagram = new DiagramInterpreter(description).interpret(request.models(), options);

		LayoutSettings settings = LayoutSettings.of(description);
		Optional<String> algorithm = request.algorithm().or(() -> saved.flatMap(RepresentationLayout::algorithm));
		if (algorithm.isPresent()) {
			settings = settings.withAlgorithm(algorithm.get());
		}
		Map<String, Point> pins = saved.map(RepresentationLayout::pinned).orElse(Map.of());
		new DiagramLayout(measurer).layout(diagram, settings, pins);
		return diagram;
	}

	/** The sidecar entry for this representation: the explicit one, else the one next to the first model file. */
	private static Optional<RepresentationLayout> savedLayout(ExportRequest request, List<String> warnings) {
		Optional<Path> file = request.sidecar().or(() -> defaultSidecar(request.models()));
		if (file.isEmpty() || !Files.exists(file.get())) {
			return Optional.empty();
		}
		try {
			return SidecarJson.read(file.get()).find(request.representationId());
		} catch (IOException e) {
			warnings.add("layout sidecar ignored: " + e.getMessage());
			return Optional.empty();
		}
	}

	private static Optional<Path> defaultSidecar(List<? extends EObject> models) {
		Resource resource = models.get(0).eResource();
		URI uri = resource == null ? null : resource.getURI();
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		return Optional.of(LayoutSidecar.pathFor(Path.of(uri.toFileString())));
	}

	/** Layers and filters saved in the sidecar apply unless the caller chose; names no longer known are dropped. */
	private static DiagramOptions withSavedChoices(DiagramOptions options, Optional<RepresentationLayout> saved,
			DiagramDescription description, List<String> warnings) {
		if (saved.isEmpty()) {
			return options;
		}
		DiagramOptions result = options;
		Optional<Set<String>> layers = saved.get().layers();
		if (options.layers().isEmpty() && layers.isPresent()) {
			result = result.withLayers(known(layers.get(), description.getAdditionalLayers(), Layer::getName, "layer",
					warnings));
		}
		Optional<Set<String>> filters = saved.get().filters();
		if (options.filters().isEmpty() && filters.isPresent()) {
			result = result.withFilters(known(filters.get(), description.getFilters(), Filter::getName, "filter",
					warnings));
		}
		return result;
	}

	private static <T> Set<String> known(Set<String> names, List<T> defined, Function<T, String> name, String what,
			List<String> warnings) {
		Set<String> existing = defined.stream().map(name).collect(Collectors.toSet());
		for (String unknown : names) {
			if (!existing.contains(unknown)) {
				warnings.add("layout sidecar names an unknown " + what + " '" + unknown + "'; ignored");
			}
		}
		return names.stream().filter(existing::contains).collect(Collectors.toSet());
	}
}
