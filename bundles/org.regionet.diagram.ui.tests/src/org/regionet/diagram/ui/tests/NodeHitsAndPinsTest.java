package org.regionet.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.sidecar.SidecarJson;
import org.regionet.diagram.ui.NodeHits;
import org.regionet.diagram.ui.PinWriter;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Point;

class NodeHitsAndPinsTest {

	@TempDir
	Path dir;

	private static Diagram containerWithChild() {
		Diagram diagram = new Diagram(RepresentationRegistry.builtIn().get("region-landscape"), "t", Set.of(), Set.of());
		DiagramNode region = new DiagramNode("r.Aachen", null, null, null);
		region.setPosition(10, 10);
		region.setSize(300, 200);
		DiagramNode activity = new DiagramNode("r.Summit", null, null, region);
		activity.setPosition(20, 30);
		activity.setSize(100, 40);
		region.addChild(activity);
		diagram.addNode(region);
		return diagram;
	}

	@Test
	void theInnermostNodeIsHit() {
		Diagram diagram = containerWithChild();
		// The child sits at (30,40)..(130,80) in diagram coordinates.
		assertEquals("r.Summit", NodeHits.at(diagram, 50, 60).orElseThrow().key());
		assertEquals("r.Aachen", NodeHits.at(diagram, 250, 150).orElseThrow().key());
		assertFalse(NodeHits.at(diagram, 5, 5).isPresent());
	}

	@Test
	void aDropPinsTheNodeInTheSidecarOnly() throws Exception {
		Path model = dir.resolve("aachen.regio");
		Files.writeString(model, "namespace x // comment\n");
		DiagramNode node = containerWithChild().node("r.Summit").orElseThrow();
		Path sidecar = PinWriter.pin(model, "region-landscape", node, 44.4, 55.6);
		assertEquals(LayoutSidecar.pathFor(model), sidecar);
		assertEquals("namespace x // comment\n", Files.readString(model), "the model file is untouched");
		assertEquals(new Point(44, 56), SidecarJson.pins(SidecarJson.read(sidecar), "region-landscape").get("r.Summit"));
		PinWriter.pin(model, "actor-network", node, 1, 2);
		assertTrue(SidecarJson.read(sidecar).find("region-landscape").isPresent(), "other representations are kept");
		PinWriter.unpinAll(model, "region-landscape");
		assertTrue(SidecarJson.pins(SidecarJson.read(sidecar), "region-landscape").isEmpty());
		assertEquals(new Point(1, 2), SidecarJson.pins(SidecarJson.read(sidecar), "actor-network").get("r.Summit"));
	}
}
