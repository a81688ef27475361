package org.regionet.diagram.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.regionet.diagram.export.ExportRequest;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;

/**
 * One drawn state of a diagram editor: the laid-out diagram, the request that made it (for export), the loaded
 * models its elements belong to, the sidecar file pins go to, how many model errors there were, and the
 * problems by the key of the node they are drawn on.
 */
public record DiagramSnapshot(Diagram diagram, ExportRequest request, ModelWorkspace workspace, TextMeasurer measurer,
		Path modelFile, int errors, List<String> warnings, Map<String, List<ModelProblem>> problems) {
}
