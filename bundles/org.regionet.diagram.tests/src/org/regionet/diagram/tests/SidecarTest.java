package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.diagram.layout.DiagramLayout;
import org.regionet.diagram.layout.LayoutSettings;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.sidecar.RepresentationLayout;
import org.regionet.diagram.sidecar.SidecarException;
import org.regionet.diagram.sidecar.SidecarJson;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;

/** The layout sidecar: merge-friendly format, exact round trip, atomic save, clear errors. */
class SidecarTest {

	@TempDir
	Path dir;

	private static LayoutSidecar sample() {
		LayoutSidecar sidecar = new LayoutSidecar();
		RepresentationLayout region = sidecar.representation("region-landscape");
		region.pin("nrw.Aachen", 10, 20);
		RepresentationLayout actors = sidecar.representation("actor-network");
		actors.pin("nrw.aachen.RA_Aachen", 300.4, 40.6);
		actors.pin("nrw.aachen.IHK_Aachen", 120, 40);
		actors.setLayers(Set.of("findings", "committees"));
		actors.setFilters(Set.of());
		actors.setAlgorithm("org.eclipse.elk.layered");
		return sidecar;
	}

	@Test
	void sortedStableTextWithOnePinPerLine() {
		String text = SidecarJson.format(sample());
		assertEquals("""
				{
				  "format": "regionet-layout/1",
				  "representations": {
				    "actor-network": {
				      "algorithm": "org.eclipse.elk.layered",
				      "filters": [],
				      "layers": ["committees", "findings"],
				      "pinned": {
				        "nrw.aachen.IHK_Aachen": {"x": 120, "y": 40},
				        "nrw.aachen.RA_Aachen": {"x": 300, "y": 41}
				      }
				    },
				    "region-landscape": {
				      "pinned": {
				        "nrw.Aachen": {"x": 10, "y": 20}
				      }
				    }
				  }
				}
				""", text);
	}

	@Test
	void roundTripKeepsEverythingIncludingUnknownEntries() throws Exception {
		Path file = dir.resolve("aachen.regio.layout");
		String withExtras = SidecarJson.format(sample()).replace("\"format\": \"regionet-layout/1\",",
				"\"format\": \"regionet-layout/1\",\n  \"zoom\": {\"level\": 2},")
				.replace("\"filters\": [],", "\"filters\": [],\n      \"future\": true,");
		Files.writeString(file, withExtras);
		LayoutSidecar read = SidecarJson.read(file);
		assertEquals(Map.of("nrw.aachen.IHK_Aachen", new Point(120, 40), "nrw.aachen.RA_Aachen", new Point(300, 41)),
				read.find("actor-network").orElseThrow().pinned());
		assertEquals(Optional.of(Set.of("committees", "findings")), read.find("actor-network").orElseThrow().layers());
		SidecarJson.save(file, read);
		String saved = Files.readString(file);
		assertTrue(saved.contains("\"zoom\": {\"level\":2}"), saved);
		assertTrue(saved.contains("\"future\": true"), saved);
		assertEquals(saved, SidecarJson.format(SidecarJson.read(file)), "reading and writing again changes nothing");
	}

	@Test
	void saveIsAtomicAndLeavesNoTemporaryFiles() throws Exception {
		Path file = dir.resolve("aachen.regio.layout");
		Files.writeString(file, "old");
		SidecarJson.save(file, sample());
		assertTrue(Files.readString(file).startsWith("{\n  \"format\""));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList());
		}
		Path fresh = dir.resolve("new.layout");
		SidecarJson.save(fresh, sample());
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
				"not the temporary file's private permissions");
		assertEquals(dir.resolve("aachen.regio.layout"), LayoutSidecar.pathFor(dir.resolve("aachen.regio")));
	}

	@Test
	void missingFileIsEmptyAndBrokenFilesAreClearErrors() throws Exception {
		assertTrue(SidecarJson.read(dir.resolve("none.layout")).representations().isEmpty());
		Path file = dir.resolve("x.layout");
		String good = SidecarJson.format(sample());

		Files.writeString(file, good.replaceFirst("\"pinned\": \\{\n", "\"pinned\": {\n<<<<<<< HEAD\n"));
		SidecarException conflict = assertThrows(SidecarException.class, () -> SidecarJson.read(file));
		assertTrue(conflict.getMessage().contains("merge conflict at line 9"), conflict.getMessage());

		Files.writeString(file, good.replace("\"y\": 40}", "\"y\": }"));
		SidecarException malformed = assertThrows(SidecarException.class, () -> SidecarJson.read(file));
		assertTrue(malformed.getMessage().startsWith(file.toString()), malformed.getMessage());
		assertTrue(malformed.getMessage().contains("line"), malformed.getMessage());

		Files.writeString(file, good.replace("regionet-layout/1", "regionet-layout/9"));
		assertTrue(assertThrows(SidecarException.class, () -> SidecarJson.read(file)).getMessage()
				.contains("regionet-layout/1"));

		Files.writeString(file, good.replace("\"x\": 120", "\"x\": \"far\""));
		assertTrue(assertThrows(SidecarException.class, () -> SidecarJson.read(file)).getMessage()
				.contains("actor-network.pinned.nrw.aachen.IHK_Aachen.x: expected a number"));

		Files.write(file, new byte[] { (byte) 0xff, (byte) 0xfe, 0 });
		assertThrows(SidecarException.class, () -> SidecarJson.read(file));
	}

	@Test
	void pinnedLayoutSurvivesSaveAndLoad() throws Exception {
		LayoutSettings settings = LayoutSettings.of(RepresentationRegistry.builtIn().get("actor-network"));
		DiagramLayout layout = new DiagramLayout();
		Diagram first = Diagrams.of("actor-network", Diagrams.layers());
		layout.layout(first, settings);
		LayoutSidecar sidecar = new LayoutSidecar();
		RepresentationLayout entry = sidecar.representation("actor-network");
		for (DiagramNode node : first.nodes().subList(0, 5)) {
			entry.pin(node.key(), node.x() + 7, node.y() + 3);
		}
		Path file = dir.resolve("nrw.regio.layout");
		SidecarJson.save(file, sidecar);

		Map<String, Point> pins = SidecarJson.pins(SidecarJson.read(file), "actor-network");
		assertEquals(5, pins.size());
		Diagram second = Diagrams.of("actor-network", Diagrams.layers());
		layout.layout(second, settings, pins);
		for (DiagramNode node : first.nodes().subList(0, 5)) {
			DiagramNode again = Diagrams.node(second, node.key());
			assertEquals(new Point(Math.round(node.x() + 7), Math.round(node.y() + 3)), new Point(again.x(), again.y()),
					node.key());
		}
		LayoutTest.assertNoOverlaps(second);
		assertEquals(Files.readString(file, StandardCharsets.UTF_8), SidecarJson.format(SidecarJson.read(file)));
	}
}
