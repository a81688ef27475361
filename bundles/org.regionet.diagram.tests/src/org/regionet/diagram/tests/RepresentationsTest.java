package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.representations.DescriptionChecker;
import org.regionet.diagram.representations.DescriptionLoader;
import org.regionet.diagram.representations.RepresentationRegistry;

/** The shipped descriptions load and are clean; the checker catches what would silently break a diagram. */
class RepresentationsTest {

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<rnd:DiagramDescription xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
			+ "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
			+ "xmlns:rnd=\"http://www.regionet.org/diagram/description/1.0\" id=\"t\">\n";

	@Test
	void threeBuiltInRepresentationsLoadWithoutProblems() {
		RepresentationRegistry registry = RepresentationRegistry.builtIn();
		assertEquals(List.of("actor-network", "committee-structure", "region-landscape"), registry.ids());
		for (String id : registry.ids()) {
			DiagramDescription description = registry.get(id);
			assertEquals(List.of(), new DescriptionChecker().check(description), id);
			assertTrue(description.getDefaultLayer().getTools().size() >= 2, id + " has palette tools");
		}
	}

	@Test
	void unknownRepresentationListsTheKnownOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> RepresentationRegistry.builtIn().get("org-chart"));
		assertTrue(e.getMessage().contains("actor-network, committee-structure, region-landscape"), e.getMessage());
	}

	@Test
	void checkerReportsTyposInFeaturesClassesColoursAndSyntax() {
		String xml = HEAD + "<defaultLayer name=\"d\">\n"
				+ "<nodeMappings name=\"a\" domainClass=\"Actr\" semanticCandidatesExpression=\"elements\" "
				+ "labelExpression=\"titel\">\n"
				+ "<style fillColor=\"red\"/>\n"
				+ "<conditionalStyles predicateExpression=\"kind == \"><style/></conditionalStyles>\n"
				+ "</nodeMappings>\n"
				+ "<nodeMappings name=\"b\" domainClass=\"Actor\" labelExpression=\"$nobody.title\"><style/></nodeMappings>\n"
				+ "</defaultLayer>\n</rnd:DiagramDescription>\n";
		IOException e = assertThrows(IOException.class, () -> load(xml));
		String message = e.getMessage();
		assertTrue(message.contains("unknown domain class 'Actr'"), message);
		assertTrue(message.contains("no feature 'titel'"), message);
		assertTrue(message.contains("'red' is not a colour"), message);
		assertTrue(message.contains("expression ends too early"), message);
		assertTrue(message.contains("unknown variable $nobody"), message);
	}

	@Test
	void descriptionWithDoctypeIsRefused() {
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
				+ HEAD.substring(HEAD.indexOf('\n') + 1) + "<defaultLayer name=\"&e;\"/></rnd:DiagramDescription>";
		IOException e = assertThrows(IOException.class, () -> load(xml));
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	private static DiagramDescription load(String xml) throws IOException {
		return DescriptionLoader.load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				URI.createURI("test:/t.xmi"));
	}
}
