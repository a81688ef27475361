package org.regionet.diagram.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote, and warnings worth showing (e.g. an unreadable sidecar that was ignored). */
public record ExportResult(Path output, int nodes, int edges, List<String> warnings) {
}
