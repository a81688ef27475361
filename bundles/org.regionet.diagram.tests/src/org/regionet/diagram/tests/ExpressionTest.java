package org.regionet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.expression.EvaluationContext;
import org.regionet.diagram.expression.ExpressionException;
import org.regionet.diagram.expression.Expressions;
import org.regionet.diagram.expression.InverseIndex;
import org.regionet.diagram.expression.Navigator;
import org.regionet.diagram.expression.Values;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.Committee;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetFactory;

/** The expression language: paths, inverse and closure steps, operators, and clear errors. */
class ExpressionTest {

	private static final RegionetFactory F = RegionetFactory.eINSTANCE;

	private final RegioModel model = F.createRegioModel();
	private final Actor ihk = actor("IHK", "IHK Aachen", ActorKind.CHAMBER_OF_INDUSTRY);
	private final Actor hwk = actor("HWK", null, ActorKind.CHAMBER_OF_CRAFTS);
	private final ActionField base = F.createActionField();
	private final ActionField topic = F.createActionField();
	private final Activity activity = F.createActivity();
	private final Committee committee = F.createCommittee();

	ExpressionTest() {
		model.setName("t");
		base.setName("Base");
		topic.setName("Topic");
		topic.setTopic(true);
		topic.setRefines(base);
		activity.setName("A");
		activity.setLead(ihk);
		activity.getPartners().add(hwk);
		activity.getFields().add(topic);
		committee.setName("C");
		Membership m = F.createMembership();
		m.setActor(ihk);
		committee.getMembers().add(m);
		model.getElements().addAll(List.of(ihk, hwk, base, topic, activity, committee));
	}

	private Actor actor(String name, String title, ActorKind kind) {
		Actor a = F.createActor();
		a.setName(name);
		a.setTitle(title);
		a.setKind(kind);
		return a;
	}

	private Object eval(String expression, Object self) {
		EvaluationContext context = EvaluationContext
				.of(new Navigator(InverseIndex.over(List.of(model), List.of())), Map.of("models", List.of(model)));
		return context.withSelf(self).evaluate(expression);
	}

	@Test
	void pathsNavigateFeaturesAndFlattenCollections() {
		assertEquals(List.of(ihk, hwk, base, topic, activity, committee), eval("elements", model));
		assertEquals(List.of(ihk), eval("elements.members.actor", model));
		assertEquals("IHK Aachen", Values.toText(eval("feature:title", ihk)));
		assertEquals(List.of(), eval("elements.noSuchFeature", model), "unknown features yield nothing");
	}

	@Test
	void coalesceFallsBackOnMissingText() {
		assertEquals("IHK Aachen", Values.toText(eval("title ?? name", ihk)));
		assertEquals("HWK", Values.toText(eval("title ?? name", hwk)));
	}

	@Test
	void enumLiteralsCompareAsText() {
		assertTrue(Values.isTrue(eval("kind == 'chamber-of-industry'", ihk)));
		assertFalse(Values.isTrue(eval("kind == 'chamber-of-industry'", hwk)));
		assertTrue(Values.isTrue(eval("kind in ['chamber-of-crafts', 'union']", hwk)));
		assertTrue(Values.isTrue(eval("kind != 'union' && !(name == 'X') || false", hwk)));
	}

	@Test
	void inverseAndClosureSteps() {
		assertEquals(List.of(activity), eval("~lead", ihk));
		assertEquals(List.of(topic, base), eval("fields.refines*", activity));
		assertFalse(Values.isTrue(eval("$container in fields.refines*", activity)), "undefined variable: nothing is in");
		EvaluationContext context = EvaluationContext
				.of(new Navigator(InverseIndex.over(List.of(model), List.of())), Map.of("container", base));
		assertTrue(Values.isTrue(context.withSelf(activity).evaluate("$container in fields.refines*")));
		assertEquals(List.of(committee), eval("eContainer", committee.getMembers().get(0)));
	}

	@Test
	void countAndOrderingCompareNumbers() {
		assertTrue(Values.isTrue(eval("count(elements) > 5", model)));
		assertTrue(Values.isTrue(eval("count(elements) == 6", model)));
		assertTrue(Values.isTrue(eval("count(members) <= 1 && count(members) >= 1", committee)));
		assertFalse(Values.isTrue(eval("count(partners) < 1", activity)));
		assertFalse(Values.isTrue(eval("title < 3", ihk)), "text has no order");
		assertFalse(Values.isTrue(eval("title >= 3", ihk)), "text has no order");
	}

	@Test
	void concatenationBuildsLabels() {
		assertEquals("IHK Aachen (chamber-of-industry)", Values.toText(eval("title + ' (' + kind + ')'", ihk)));
	}

	@Test
	void malformedExpressionsNameTheProblemAndColumn() {
		ExpressionException e = assertThrows(ExpressionException.class, () -> Expressions.parse("kind == "));
		assertTrue(e.getMessage().contains("column"), e.getMessage());
		assertThrows(ExpressionException.class, () -> Expressions.parse("title ?? 'open"));
		assertThrows(ExpressionException.class, () -> Expressions.parse("a..b"));
		assertThrows(ExpressionException.class, () -> Expressions.parse("x".repeat(3000)));
	}
}
