package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.junit.jupiter.api.Test;
import org.regionet.model.RegionetPackage;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.navigate.ElementLocator;
import org.regionet.ui.editor.internal.navigate.ElementSummary;
import org.regionet.ui.editor.internal.navigate.HoverHtml;
import org.regionet.ui.editor.internal.navigate.Target;

/** References lead to their declarations, also in other files, and hovers summarise the element. */
class NavigationTest {

	private final MemoryProject project = new MemoryProject().file("nrw.regio", Models.NRW).file("aachen.regio",
			Models.AACHEN);

	@Test
	void aReferenceLeadsToTheNameInTheOtherFile() throws Exception {
		int offset = Models.AACHEN.indexOf("lead IHK") + "lead I".length();
		Target target = project.read("aachen.regio", resource -> {
			ElementLocator.Hit hit = ElementLocator.referenceAt(resource, offset);
			assertEquals("IHK", Models.AACHEN.substring(hit.offset(), hit.offset() + hit.length()));
			return ElementLocator.targetOf(hit.element());
		});
		assertEquals(MemoryProject.uri("nrw.regio"), target.file());
		assertEquals(Models.NRW.indexOf("actor IHK") + "actor ".length(), target.offset());
		assertEquals(3, target.length());
	}

	@Test
	void theCaretJustAfterAReferenceStillCounts() throws Exception {
		int offset = Models.AACHEN.indexOf("lead IHK") + "lead IHK".length();
		assertTrue(project.read("aachen.regio", resource -> ElementLocator.referenceAt(resource, offset) != null));
	}

	@Test
	void keywordsAndWhiteSpaceLeadNowhere() throws Exception {
		int offset = Models.AACHEN.indexOf("lead IHK") + 1;
		assertNull(project.read("aachen.regio", resource -> ElementLocator.referenceAt(resource, offset)));
	}

	@Test
	void theHoverSummarisesAReferencedField() throws Exception {
		int offset = Models.AACHEN.indexOf("fields Bildung") + "fields B".length();
		IQualifiedNameProvider names = LanguageServices.injector().getInstance(IQualifiedNameProvider.class);
		ElementSummary summary = project.read("aachen.regio",
				resource -> ElementSummary.of(ElementLocator.elementAt(resource, offset).element(), names));
		assertEquals(RegionetPackage.Literals.ACTION_FIELD, summary.kind());
		assertEquals("nrw.Bildung", summary.name());
		assertEquals("Aus- und Weiterbildung", summary.title());
		assertEquals("Handlungsfeld der Fachkräfteoffensive.", summary.description());
		assertEquals("nrw.regio", summary.file());
		assertEquals(5, summary.line());
		String html = HoverHtml.of(List.of(), summary);
		assertTrue(html.contains("<b>Action field</b> nrw.Bildung") && html.contains("nrw.regio, line 5"), html);
	}

	@Test
	void declarationsHaveHoversToo() throws Exception {
		int offset = Models.AACHEN.indexOf("actor RA") + "actor R".length();
		IQualifiedNameProvider names = LanguageServices.injector().getInstance(IQualifiedNameProvider.class);
		ElementSummary summary = project.read("aachen.regio", resource -> {
			ElementLocator.Hit hit = ElementLocator.elementAt(resource, offset);
			assertFalse(hit.reference());
			return ElementSummary.of(hit.element(), names);
		});
		assertEquals("nrw.aachen.RA", summary.name());
		assertEquals("regional-agency", summary.detail());
	}

	@Test
	void theFirstEnumLiteralIsShownToo() throws Exception {
		String text = Models.AACHEN + "actor AA \"Agentur für Arbeit\" { kind employment-agency }\n";
		int offset = text.indexOf("actor AA") + 7;
		IQualifiedNameProvider names = LanguageServices.injector().getInstance(IQualifiedNameProvider.class);
		assertEquals("employment-agency", project.read("aachen.regio", text,
				resource -> ElementSummary.of(ElementLocator.elementAt(resource, offset).element(), names).detail()));
	}

	@Test
	void hoverTextIsEscaped() {
		assertEquals("a &lt;b&gt; &amp; c<br>", HoverHtml.of(List.of("a <b> & c"), null));
		assertNull(HoverHtml.of(List.of(), null));
	}
}
