package org.regionet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.RegioModel;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(RegioNetInjectorProvider.class)
class RegioNetParsingTest {

	@Inject
	private ParseHelper<RegioModel> parseHelper;

	@Test
	void parsesTheActorOfTheIssue() throws Exception {
		RegioModel model = parseHelper.parse("""
				namespace nrw.aachen
				region Aachen "Region Aachen"
				actor IHK_Aachen "IHK Aachen" { kind chamber-of-industry region Aachen alias "Industrie- und Handelskammer Aachen" }
				""");
		assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
		Actor actor = (Actor) model.getElements().get(1);
		assertEquals(ActorKind.CHAMBER_OF_INDUSTRY, actor.getKind());
		assertEquals("Aachen", actor.getRegions().get(0).getName());
		assertEquals("Industrie- und Handelskammer Aachen", actor.getAliases().get(0));
	}
}
