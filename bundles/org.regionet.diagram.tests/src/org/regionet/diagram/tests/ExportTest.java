package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regionet.diagram.export.DiagramExporter;
import org.regionet.diagram.export.ExportFormat;
import org.regionet.diagram.export.ExportRequest;
import org.regionet.diagram.export.ExportResult;
import org.regionet.diagram.mapping.DiagramOptions;
import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.sidecar.SidecarJson;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG and PNG export through the API the command line calls; structure, not pixels. */
class ExportTest {

	@TempDir
	Path dir;

	private static Document parse(Path svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(svg.toFile());
	}

	private static List<Element> groups(Document svg, String cssClass) {
		List<Element> result = new ArrayList<>();
		NodeList all = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < all.getLength(); i++) {
			Element g = (Element) all.item(i);
			if (g.getAttribute("class").equals(cssClass)) {
				result.add(g);
			}
		}
		return result;
	}

	private static List<String> texts(Element element) {
		List<String> result = new ArrayList<>();
		NodeList texts = element.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
		for (int i = 0; i < texts.getLength(); i++) {
			result.add(texts.item(i).getTextContent());
		}
		return result;
	}

	@Test
	void actorNetworkSvgHasNodesEdgesLabelsAndLegend() throws Exception {
		Path out = dir.resolve("net.svg");
		ExportResult result = DiagramExporter.export("actor-network", ExampleModels.all(), out, ExportFormat.SVG);
		Document svg = parse(out);
		assertEquals("svg", svg.getDocumentElement().getLocalName());
		List<Element> nodes = groups(svg, "node");
		assertEquals(result.nodes(), nodes.size());
		assertEquals(result.edges(), groups(svg, "edge").size());
		Element ihk = nodes.stream().filter(n -> n.getAttribute("data-key").equals("nrw.aachen.IHK_Aachen")).findFirst()
				.orElseThrow();
		assertEquals("actor", ihk.getAttribute("data-mapping"));
		assertTrue(texts(ihk).contains("IHK Aachen"), texts(ihk).toString());
		assertTrue(texts(ihk).contains("IHK"), "badge");
		Element legend = groups(svg, "legend").get(0);
		assertTrue(texts(legend).contains("Kooperation / Cooperation"), texts(legend).toString());
		assertTrue(texts(groups(svg, "title").get(0)).get(0).startsWith("Akteursnetz / Actor network"));
		assertTrue(result.warnings().isEmpty(), result.warnings().toString());
	}

	@Test
	void regionLandscapeWithFindingsExportsContainersAndLabelledFindingEdges() throws Exception {
		Path out = dir.resolve("regions.svg");
		DiagramExporter.export(ExportRequest.of("region-landscape", ExampleModels.all(), out, ExportFormat.SVG)
				.withOptions(DiagramOptions.defaults().withFindings(ExampleModels.findings())));
		Document svg = parse(out);
		assertEquals(4 + 6 + 5 + 6, groups(svg, "container").size(), "regions and field groups");
		List<String> findingLabels = groups(svg, "edge-label").stream().flatMap(g -> texts(g).stream()).toList();
		assertTrue(findingLabels.contains("P1 parallel"), findingLabels.toString());
		assertTrue(Files.readString(out).contains("stroke-dasharray"), "dashed finding edges");
		Element gap = groups(svg, "node").stream().filter(g -> g.getAttribute("data-mapping").equals("gap")).findFirst()
				.orElseThrow();
		assertEquals("Lücke: Akademische Bildung", String.join(" ", texts(gap)), "gap note, umlaut intact");
	}

	@Test
	void pngExportWritesAReadableImage() throws Exception {
		Path out = dir.resolve("committees.png");
		DiagramExporter.export("committee-structure", ExampleModels.all(), out, ExportFormat.of(out));
		BufferedImage image = ImageIO.read(out.toFile());
		assertTrue(image.getWidth() > 400 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
		assertTrue(image.getRGB(1, 1) == 0xffffffff, "white background");
	}

	@Test
	void exportHonoursTheSidecarButNeverWritesIt() throws Exception {
		Path sidecarFile = dir.resolve("net.layout");
		LayoutSidecar sidecar = new LayoutSidecar();
		sidecar.representation("actor-network").setLayers(Set.of());
		sidecar.representation("actor-network").setFilters(Set.of("hide-state-level", "gone-filter"));
		sidecar.representation("actor-network").pin("nrw.aachen.IHK_Aachen", 4000, 40);
		SidecarJson.save(sidecarFile, sidecar);
		String before = Files.readString(sidecarFile);

		Path out = dir.resolve("net.svg");
		ExportResult result = DiagramExporter.export(
				ExportRequest.of("actor-network", ExampleModels.all(), out, ExportFormat.SVG).withSidecar(sidecarFile));
		String svg = Files.readString(out);
		assertFalse(svg.contains("data-key=\"nrw.MAGS\""), "saved filter applied");
		assertFalse(svg.contains("data-mapping=\"committee\""), "saved layers applied");
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("gone-filter")), result.warnings().toString());
		assertEquals(before, Files.readString(sidecarFile));

		Files.writeString(sidecarFile, "{ broken");
		ExportResult degraded = DiagramExporter.export(
				ExportRequest.of("actor-network", ExampleModels.all(), out, ExportFormat.SVG).withSidecar(sidecarFile));
		assertTrue(degraded.warnings().get(0).startsWith("layout sidecar ignored: " + sidecarFile),
				degraded.warnings().get(0));
		assertTrue(Files.readString(out).contains("data-key=\"nrw.MAGS\""));
	}

	@Test
	void badRequestsAreClearErrors() {
		Path out = dir.resolve("x.svg");
		assertTrue(assertThrows(IllegalArgumentException.class,
				() -> DiagramExporter.export("nope", ExampleModels.all(), out, ExportFormat.SVG)).getMessage()
				.contains("known: actor-network"));
		assertThrows(IllegalArgumentException.class,
				() -> DiagramExporter.export("actor-network", List.of(), out, ExportFormat.SVG));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ExportFormat.of(Path.of("net.pdf"))).getMessage()
				.contains(".svg or .png"));
		assertFalse(Files.exists(out), "nothing written on error");
	}
}
