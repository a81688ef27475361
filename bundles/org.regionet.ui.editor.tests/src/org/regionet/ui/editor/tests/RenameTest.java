package org.regionet.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.regionet.ui.editor.internal.LanguageServices;
import org.regionet.ui.editor.internal.edit.DocumentEdits;
import org.regionet.ui.editor.internal.edit.TextEdit;
import org.regionet.ui.editor.internal.rename.NameCheck;
import org.regionet.ui.editor.internal.rename.Occurrence;
import org.regionet.ui.editor.internal.rename.Occurrences;
import org.regionet.ui.editor.internal.rename.RenameTarget;
import org.regionet.ui.editor.internal.rename.RenameTargets;

/** Rename and Find References see every place an element is named, in all files, and nothing else. */
class RenameTest {

	private static final String OTHER = """
			namespace nrw.hellweg
			import nrw.*
			// IHK is named here only in a comment and a string
			actor IHK "IHK Arnsberg" { parent nrw.IHK }
			activity A "IHK-Tag" { fields Bildung lead nrw.IHK partners IHK }
			""";

	private final MemoryProject project = new MemoryProject().file("nrw.regio", Models.NRW)
			.file("aachen.regio", Models.AACHEN).file("hellweg.regio", OTHER);

	private RenameTarget targetAt(String file, String text, int offset) throws Exception {
		project.read("hellweg.regio", r -> null);
		IQualifiedNameProvider names = LanguageServices.injector().getInstance(IQualifiedNameProvider.class);
		return project.model.readAll(Map.of(), set -> RenameTargets.at(set,
				(XtextResource) set.getResource(MemoryProject.uri(file), false), offset, names));
	}

	@Test
	void aReferenceFindsTheDeclarationAndAllReferencesInAllFiles() throws Exception {
		RenameTarget target = targetAt("aachen.regio", Models.AACHEN, Models.AACHEN.indexOf("lead IHK") + 6);
		assertEquals("IHK", target.name());
		assertEquals("Actor", target.kind());
		List<Occurrence> occurrences = target.occurrences();
		assertTrue(occurrences.get(0).declaration());
		assertEquals(MemoryProject.uri("nrw.regio"), occurrences.get(0).file());
		// aachen: member IHK, lead IHK; hellweg: parent nrw.IHK, lead nrw.IHK (not 'partners IHK': that is hellweg's own IHK).
		assertEquals(5, occurrences.size(), occurrences.toString());
		assertEquals(List.of("member IHK", "lead IHK", "actor IHK \"IHK Arnsberg\" { parent nrw.IHK }",
				"activity A \"IHK-Tag\" { fields Bildung lead nrw.IHK partners IHK }"),
				occurrences.stream().skip(1).map(Occurrence::lineText).toList());
		assertEquals(13, occurrences.get(1).line());
	}

	@Test
	void renameEditsChangeOnlyTheSimpleName() throws Exception {
		RenameTarget target = targetAt("nrw.regio", Models.NRW, Models.NRW.indexOf("actor IHK") + 7);
		Map<URI, List<TextEdit>> edits = Occurrences.renameEdits(target.occurrences(), "IHK_Aachen");
		assertEquals(Models.NRW.replace("actor IHK", "actor IHK_Aachen"),
				DocumentEdits.applyTo(Models.NRW, edits.get(MemoryProject.uri("nrw.regio"))));
		assertEquals(Models.AACHEN.replace("member IHK", "member IHK_Aachen").replace("lead IHK", "lead IHK_Aachen"),
				DocumentEdits.applyTo(Models.AACHEN, edits.get(MemoryProject.uri("aachen.regio"))));
		String hellweg = DocumentEdits.applyTo(OTHER, edits.get(MemoryProject.uri("hellweg.regio")));
		assertEquals(OTHER.replace("nrw.IHK", "nrw.IHK_Aachen"), hellweg);
		// After the rename every file still links.
		project.read("nrw.regio", Models.NRW.replace("actor IHK", "actor IHK_Aachen"), r -> null);
		String aachen = DocumentEdits.applyTo(Models.AACHEN, edits.get(MemoryProject.uri("aachen.regio")));
		assertFalse(project.read("aachen.regio", aachen, MemoryProject::codes).stream()
				.anyMatch(c -> c.contains("Linking")));
	}

	@Test
	void namesTakenInTheNamespaceAreKnown() throws Exception {
		RenameTarget target = targetAt("nrw.regio", Models.NRW, Models.NRW.indexOf("actor IHK") + 7);
		assertTrue(target.taken().containsAll(Set.of("Aachen", "Bildung", "IHK")), target.taken().toString());
		assertFalse(target.taken().contains("RA"), "RA lives in nrw.aachen");
		assertEquals("An element named 'Aachen' already exists in this namespace.",
				NameCheck.problem("Aachen", "IHK", target.taken()));
	}

	@Test
	void newNamesMustBeIdentifiersAndNoKeywords() {
		assertNull(NameCheck.problem("IHK_Aachen", "IHK", Set.of()));
		assertEquals("'2IHK' is not a valid name: use letters, digits and underscores, not starting with a digit.",
				NameCheck.problem("2IHK", "IHK", Set.of()));
		assertEquals("'lead' is a keyword of the language.", NameCheck.problem("lead", "IHK", Set.of()));
		assertEquals("The name is unchanged.", NameCheck.problem("IHK", "IHK", Set.of()));
		assertEquals("Enter a new name.", NameCheck.problem(" ", "IHK", Set.of()));
	}

	@Test
	void keywordsAndCommentsAreNoTargets() throws Exception {
		assertNull(targetAt("hellweg.regio", OTHER, OTHER.indexOf("// IHK") + 4));
		assertNull(targetAt("aachen.regio", Models.AACHEN, Models.AACHEN.indexOf("lead")));
	}
}
