package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.diagram.mapping.FindingLink;
import org.regionet.diagram.mapping.SemanticKeys;
import org.regionet.dsl.RegioNetStandaloneSetup;
import org.regionet.dsl.workspace.ModelProblem;
import org.regionet.dsl.workspace.ModelWorkspace;
import org.regionet.model.RegioModel;

/** The NRW example model, loaded once through the DSL like the command line does, and a few labelled findings. */
final class ExampleModels {

	static final Path FOLDER = Path.of("../org.regionet.examples/models");

	private static List<RegioModel> models;
	private static Map<String, EObject> elements;

	private ExampleModels() {
	}

	static synchronized List<RegioModel> all() {
		if (models == null) {
			ModelWorkspace workspace = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration()
					.getInstance(ModelWorkspace.class).load(List.of(FOLDER));
			List<ModelProblem> errors = workspace.validate(CancelIndicator.NullImpl).stream()
					.filter(p -> p.severity() == ModelProblem.Severity.ERROR).toList();
			assertEquals(List.of(), errors, "the example must load without errors");
			models = workspace.models();
			assertEquals(4, models.size());
			elements = models.stream().flatMap(m -> m.getElements().stream())
					.collect(Collectors.toMap(SemanticKeys::of, Function.identity()));
		}
		return models;
	}

	/** An element by qualified name, e.g. {@code nrw.aachen.IHK_Aachen}. */
	static EObject element(String qualifiedName) {
		all();
		EObject element = elements.get(qualifiedName);
		if (element == null) {
			throw new IllegalArgumentException("no element " + qualifiedName + " in the example");
		}
		return element;
	}

	/** Findings from EXPECTED_FINDINGS.md, handed in as pairs the way the analysis will. */
	static List<FindingLink> findings() {
		return List.of(
				FindingLink.between("duplicate-actor", element("nrw.aachen.Handwerkskammer_Aachen"), element("nrw.HWK_AC"),
						"D1 Dublette"),
				FindingLink.between("parallel", element("nrw.aachen.Ausbildungsbotschafter_IHK"),
						element("nrw.aachen.Ausbildungsbotschafter_Handwerk"), "P1 parallel"),
				FindingLink.between("analogue", element("nrw.hellweg.Job_Turbo_Soest"),
						element("nrw.ruhrgebiet.Job_Turbo_Dortmund"), "A4 Analogon"),
				FindingLink.between("overlapping-committee", element("nrw.ruhrgebiet.Facharbeitskreis_WR"),
						element("nrw.ruhrgebiet.Fachkraeftebuendnis_WR"), "O1 Überschneidung"),
				FindingLink.between("gap", element("nrw.Hellweg_Hochsauerland"), element("nrw.Akademische_Bildung"),
						"G1"));
	}
}
