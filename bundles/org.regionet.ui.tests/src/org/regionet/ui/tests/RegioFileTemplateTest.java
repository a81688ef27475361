package org.regionet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.model.RegioModel;
import org.regionet.ui.internal.wizards.RegioFileTemplate;
import org.regionet.ui.internal.wizards.RegioNames;

import com.google.inject.Injector;

/** The new-file skeletons parse, link and validate without problems, alone and next to the NRW example. */
class RegioFileTemplateTest {

	private static Injector injector;

	@TempDir
	Path dir;

	@BeforeAll
	static void setUp() {
		injector = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void skeletonAloneHasNoProblems(boolean samples) throws IOException {
		Files.writeString(dir.resolve("muensterland.regio"),
				RegioFileTemplate.skeleton("nrw.muensterland", "Muensterland", "Münsterland", samples));
		List<ModelProblem> problems = validate();
		assertEquals(List.of(), problems);
	}

	@Test
	void skeletonHasTheRegionAndSamplesInItsNamespace() throws IOException {
		Files.writeString(dir.resolve("m.regio"),
				RegioFileTemplate.skeleton("nrw.muensterland", "Muensterland", "Münsterland \"Nord\"", true));
		ModelWorkspace workspace = load();
		RegioModel model = workspace.models().get(0);
		assertEquals("nrw.muensterland", model.getName());
		assertEquals(List.of("Muensterland", "Beispiel_Akteur", "Beispiel_Handlungsfeld", "Beispiel_Aktivitaet"),
				model.getElements().stream().map(e -> e.getName()).toList());
		assertEquals(List.of(), workspace.validate(CancelIndicator.NullImpl));
	}

	@Test
	void skeletonNextToTheNrwExampleAddsNoProblems() throws IOException {
		for (String name : List.of("nrw.regio", "aachen.regio", "westfaelisches_ruhrgebiet.regio",
				"hellweg_hochsauerland.regio")) {
			try (InputStream in = Platform.getBundle("org.regionet.examples").getEntry("models/" + name).openStream()) {
				Files.write(dir.resolve(name), in.readAllBytes());
			}
		}
		int exampleProblems = validate().size();
		Files.writeString(dir.resolve("muensterland.regio"),
				RegioFileTemplate.skeleton(RegioNames.namespaceFor("Muensterland"), "Muensterland", "Münsterland", true),
				StandardCharsets.UTF_8);
		List<ModelProblem> problems = validate();
		assertEquals(exampleProblems, problems.size(), problems.toString());
	}

	@Test
	void namesDerivedFromKeywordsAreNotKeywords() throws IOException {
		String region = RegioNames.idFrom("project");
		assertEquals("project_", region);
		String namespace = RegioNames.namespaceFor("Region");
		assertEquals("nrw.region_", namespace);
		assertTrue(RegioNames.isValidNamespace(namespace));
		Files.writeString(dir.resolve("p.regio"), RegioFileTemplate.skeleton(namespace, region, "", true));
		assertEquals(List.of(), validate());
	}

	@Test
	void namesFromGermanTitles() {
		assertEquals("Muensterland_Sued", RegioNames.idFrom(" Münsterland Süd "));
		assertEquals("Bergisches_Staedtedreieck", RegioNames.idFrom("Bergisches Städtedreieck"));
		assertEquals("_3_Kreise", RegioNames.idFrom("3 Kreise"));
		assertEquals("mittlerer_niederrhein.regio", RegioNames.fileNameFor("Mittlerer Niederrhein"));
		assertFalse(RegioNames.isValidName("region"));
		assertFalse(RegioNames.isValidName("9a"));
		assertFalse(RegioNames.isValidNamespace("nrw..aachen"));
		assertFalse(RegioNames.isValidNamespace("nrw.aachen."));
	}

	@Test
	void keywordListMatchesTheGrammar() {
		Set<String> grammarKeywords = GrammarUtil
				.getAllKeywords(injector.getInstance(IGrammarAccess.class).getGrammar()).stream()
				.filter(k -> k.matches("[A-Za-z_][A-Za-z0-9_]*")).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(grammarKeywords, new TreeSet<>(RegioNames.KEYWORDS));
	}

	private List<ModelProblem> validate() {
		return load().validate(CancelIndicator.NullImpl);
	}

	private ModelWorkspace load() {
		return injector.getInstance(ModelWorkspace.class).load(List.of(dir));
	}
}
