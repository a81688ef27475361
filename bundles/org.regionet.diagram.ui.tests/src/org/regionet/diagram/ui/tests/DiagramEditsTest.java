package org.regionet.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.DeleteTool;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.EdgeCreationTool;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.tools.Palette;
import org.regionet.diagram.ui.DiagramEdits;
import org.regionet.diagram.ui.DiagramEdits.Deletion;
import org.regionet.dsl.ide.RegioNetIdeSetup;
import org.regionet.ui.editor.ModelChanges;
import org.regionet.ui.editor.internal.edit.DocumentEdits;
import org.regionet.ui.editor.internal.edit.ModelEditRecorder;

import com.google.inject.Injector;

/** The diagram's delete, connect and direct-edit tools become minimal text edits that keep every comment. */
class DiagramEditsTest {

	private static final Injector IDE = new RegioNetIdeSetup().createInjectorAndDoEMFRegistration();

	private static final String TEXT = """
			namespace nrw.test
			import nrw.*
			// the chamber, from the seed
			actor IHK "IHK Aachen" {
				kind chamber-of-industry // comment at the end
			}

			actor HWK "Handwerkskammer" // the crafts
			actor AA "Agentur für Arbeit"

			committee LK "Lenkungskreis" {
				member IHK // first member
			}

			/* partners since the start */
			cooperation Ausbildung between IHK, HWK
			""";

	private static final Palette NETWORK = new Palette(RepresentationRegistry.builtIn().get("actor-network"),
			Set.of("committees"));

	private record Run(String text, String refusal) {
	}

	private static Run run(List<String> keys, ModelChanges.Change change) throws Exception {
		XtextResourceSet set = IDE.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/test.regio"));
		resource.load(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), null);
		List<EObject> located = DiagramEdits.elements(keys).apply(set);
		located.forEach(e -> assertNotNull(e, "every key is found: " + keys));
		ModelEditRecorder.Outcome outcome = ModelEditRecorder.record(IDE, List.of(resource),
				() -> change.apply(located));
		var edits = outcome.edits().get(resource.getURI());
		return new Run(edits == null ? TEXT : DocumentEdits.applyTo(TEXT, edits), outcome.refusal());
	}

	private static DeleteTool delete() {
		return (DeleteTool) NETWORK.tool("delete").orElseThrow();
	}

	@Test
	void deletingACooperationRemovesOnlyItsDeclaration() throws Exception {
		Run run = run(List.of("nrw.test.Ausbildung"),
				DiagramEdits.delete(List.of(new Deletion(delete(), "nrw.test.Ausbildung", null))));
		assertEquals(null, run.refusal());
		assertTrue(!run.text().contains("cooperation"), run.text());
		assertEquals(TEXT.substring(0, TEXT.indexOf("/* partners")).strip(), run.text().strip());
	}

	@Test
	void anActorStillReferencedIsNotDeletedAndTheReasonNamesTheUsers() throws Exception {
		Run run = run(List.of("nrw.test.HWK"), DiagramEdits.delete(List.of(new Deletion(delete(), "nrw.test.HWK", null))));
		assertNotNull(run.refusal());
		assertTrue(run.refusal().contains("nrw.test.Ausbildung"), run.refusal());
		assertEquals(TEXT, run.text());
	}

	@Test
	void anActorGoesTogetherWithTheCooperationThatNamesItInAnyOrder() throws Exception {
		List<Deletion> deletions = List.of(new Deletion(delete(), "nrw.test.HWK", null),
				new Deletion(delete(), "nrw.test.Ausbildung", null));
		Run run = run(DiagramEdits.keys(deletions), DiagramEdits.delete(deletions));
		assertEquals(null, run.refusal());
		assertTrue(!run.text().contains("HWK") && !run.text().contains("cooperation"), run.text());
		assertTrue(run.text().contains("// the chamber, from the seed") && run.text().contains("// first member"),
				run.text());
	}

	@Test
	void connectingTwoActorsWritesACooperationBetweenThem() throws Exception {
		EdgeCreationTool tool = (EdgeCreationTool) NETWORK.tool("create-cooperation").orElseThrow();
		Run run = run(List.of("nrw.test.HWK", "nrw.test.AA"), DiagramEdits.connect(tool));
		assertEquals(null, run.refusal());
		assertTrue(run.text().contains("cooperation Kooperation_1 between HWK, AA"), run.text());
		// an insertion: the header and every element before stay byte for byte
		assertTrue(run.text().startsWith(TEXT.strip()), run.text());
	}

	@Test
	void addingAMemberWritesAMembershipIntoTheCommittee() throws Exception {
		EdgeCreationTool tool = (EdgeCreationTool) NETWORK.tool("add-member").orElseThrow();
		Run run = run(List.of("nrw.test.AA", "nrw.test.LK"), DiagramEdits.connect(tool));
		assertEquals(null, run.refusal());
		assertTrue(run.text().matches("(?s).*member IHK // first member\\s+member AA\\s*}.*"), run.text());
	}

	@Test
	void aDirectEditChangesTheTitleAndNothingElse() throws Exception {
		DirectEditLabelTool tool = (DirectEditLabelTool) NETWORK.tool("edit-title").orElseThrow();
		Run run = run(List.of("nrw.test.IHK"), DiagramEdits.directEdit(tool, "IHK Aachen (Kammer)"));
		assertEquals(null, run.refusal());
		assertEquals(TEXT.replace("\"IHK Aachen\"", "\"IHK Aachen (Kammer)\""), run.text());
	}

	@Test
	void anEmptyLabelIsRefused() throws Exception {
		DirectEditLabelTool tool = (DirectEditLabelTool) NETWORK.tool("edit-title").orElseThrow();
		Run run = run(List.of("nrw.test.IHK"), DiagramEdits.directEdit(tool, "  "));
		assertNotNull(run.refusal());
		assertEquals(TEXT, run.text());
	}
}
