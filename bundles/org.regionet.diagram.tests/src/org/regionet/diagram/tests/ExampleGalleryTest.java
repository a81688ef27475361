package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regionet.diagram.export.DiagramExporter;
import org.regionet.diagram.export.ExportFormat;
import org.regionet.diagram.export.ExportRequest;
import org.regionet.diagram.mapping.DiagramOptions;

/**
 * Exports each representation of the example, with the labelled findings, to {@code target/example-diagrams} so a
 * reviewer can look at them after a build.
 */
class ExampleGalleryTest {

	private static final Path OUT = Path.of("target/example-diagrams");

	@ParameterizedTest
	@ValueSource(strings = { "actor-network", "committee-structure", "region-landscape" })
	void exportExample(String representation) throws Exception {
		for (ExportFormat format : ExportFormat.values()) {
			Path file = OUT.resolve(representation + "." + format.name().toLowerCase());
			DiagramExporter.export(ExportRequest.of(representation, ExampleModels.all(), file, format)
					.withOptions(DiagramOptions.defaults().withFindings(ExampleModels.findings())));
			assertTrue(Files.size(file) > 1000, file.toString());
		}
	}
}
