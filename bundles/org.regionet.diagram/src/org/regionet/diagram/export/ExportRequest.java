package org.regionet.diagram.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.regionet.diagram.mapping.DiagramOptions;

/**
 * Everything an export can be told: representation, models, output and format, plus optional layers, filters and
 * findings, another layout algorithm, an explicit sidecar, and the PNG scale.
 */
public record ExportRequest(String representationId, List<? extends EObject> models, Path output, ExportFormat format,
		DiagramOptions options, Optional<String> algorithm, Optional<Path> sidecar, double pngScale) {

	public ExportRequest {
		models = List.copyOf(models);
	}

	/** Defaults for everything optional; the sidecar is the one next to the first model file, if any. */
	public static ExportRequest of(String representationId, List<? extends EObject> models, Path output,
			ExportFormat format) {
		return new ExportRequest(representationId, models, output, format, DiagramOptions.defaults(), Optional.empty(),
				Optional.empty(), 1.5);
	}

	public ExportRequest withOptions(DiagramOptions newOptions) {
		return new ExportRequest(representationId, models, output, format, newOptions, algorithm, sidecar, pngScale);
	}

	public ExportRequest withAlgorithm(String id) {
		return new ExportRequest(representationId, models, output, format, options, Optional.of(id), sidecar, pngScale);
	}

	public ExportRequest withOutput(Path file, ExportFormat newFormat) {
		return new ExportRequest(representationId, models, file, newFormat, options, algorithm, sidecar, pngScale);
	}

	public ExportRequest withSidecar(Path file) {
		return new ExportRequest(representationId, models, output, format, options, algorithm, Optional.of(file),
				pngScale);
	}
}
