package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.DeleteTool;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.EdgeCreationTool;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.representations.RepresentationRegistry;
import org.regionet.diagram.tools.Palette;
import org.regionet.diagram.tools.ToolExecutor;
import org.regionet.diagram.tools.ToolResult;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.Committee;
import org.regionet.model.Cooperation;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;
import org.regionet.model.RegionetFactory;

/** Palette tools applied to a small model: create, connect, direct edit, delete. */
class ToolExecutorTest {

	private static final RegionetFactory F = RegionetFactory.eINSTANCE;
	private final ToolExecutor executor = new ToolExecutor();
	private final RegioModel model = F.createRegioModel();
	private final Actor a = F.createActor();
	private final Actor b = F.createActor();
	private final Committee committee = F.createCommittee();

	ToolExecutorTest() {
		model.setName("t");
		a.setName("A");
		b.setName("B");
		committee.setName("C");
		model.getElements().addAll(List.of(a, b, committee));
	}

	private static Palette palette(String representation, String... layers) {
		DiagramDescription description = RepresentationRegistry.builtIn().get(representation);
		return new Palette(description, Set.of(layers));
	}

	@Test
	void createActorGetsAFreeNameAndDefaults() {
		NodeCreationTool tool = (NodeCreationTool) palette("actor-network").tool("create-actor").orElseThrow();
		ToolResult first = executor.createNode(tool, model, model, null);
		ToolResult second = executor.createNode(tool, model, model, null);
		assertTrue(first.done(), first.message());
		Actor created = (Actor) first.created();
		assertEquals("Akteur_1", created.getName());
		assertEquals("Akteur_2", ((Actor) second.created()).getName());
		assertEquals(ActorKind.OTHER, created.getKind());
		assertEquals(model, created.eContainer());
	}

	@Test
	void createActivityInAFieldGroupSetsFieldAndRegion() {
		Region region = F.createRegion();
		region.setName("R");
		ActionField field = F.createActionField();
		field.setName("F");
		model.getElements().addAll(List.of(region, field));
		NodeCreationTool tool = (NodeCreationTool) palette("region-landscape").tool("create-activity").orElseThrow();
		ToolResult result = executor.createNode(tool, model, field, region);
		assertTrue(result.done(), result.message());
		Activity activity = (Activity) result.created();
		assertEquals(List.of(field), activity.getFields());
		assertEquals(List.of(region), activity.getRegions());
	}

	@Test
	void connectingActorsCreatesACooperationAndAMembership() {
		EdgeCreationTool cooperation = (EdgeCreationTool) palette("actor-network").tool("create-cooperation")
				.orElseThrow();
		ToolResult result = executor.createEdge(cooperation, a, b);
		assertTrue(result.done(), result.message());
		assertEquals(List.of(a, b), ((Cooperation) result.created()).getPartners());
		assertEquals("Kooperation_1", ((Cooperation) result.created()).getName());

		EdgeCreationTool member = (EdgeCreationTool) palette("actor-network", "committees").tool("add-member")
				.orElseThrow();
		ToolResult membership = executor.createEdge(member, a, committee);
		assertTrue(membership.done(), membership.message());
		assertEquals(a, ((Membership) membership.created()).getActor());
		assertEquals(committee, membership.created().eContainer());
	}

	@Test
	void directEditSetsTheTitleAndRefusesEmptyText() {
		Palette palette = palette("actor-network");
		DirectEditLabelTool edit = (DirectEditLabelTool) palette.tool("edit-title").orElseThrow();
		assertTrue(executor.directEdit(edit, a, "  Agentur A ").done());
		assertEquals("Agentur A", a.getTitle());
		ToolResult empty = executor.directEdit(edit, a, " ");
		assertFalse(empty.done());
		assertEquals("Agentur A", a.getTitle());
		assertEquals(edit, palette.directEdit(RepresentationRegistry.builtIn().get("actor-network").getDefaultLayer()
				.getNodeMappings().get(0)).orElseThrow());
	}

	@Test
	void deleteIsRefusedWhileReferencedAndWorksAfterwards() {
		DeleteTool delete = (DeleteTool) palette("actor-network").tool("delete").orElseThrow();
		EdgeCreationTool cooperation = (EdgeCreationTool) palette("actor-network").tool("create-cooperation")
				.orElseThrow();
		Cooperation link = (Cooperation) executor.createEdge(cooperation, a, b).created();
		ToolResult refused = executor.delete(delete, a, null);
		assertFalse(refused.done());
		assertTrue(refused.message().contains("t.Kooperation_1"), refused.message());
		assertTrue(model.getElements().contains(a));
		assertTrue(executor.delete(delete, link, null).done());
		assertTrue(executor.delete(delete, a, null).done());
		assertFalse(model.getElements().contains(a));
		assertNull(a.eContainer());
	}
}
