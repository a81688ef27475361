package org.regionet.diagram.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed expression. Paths yield lists (a missing feature yields nothing, never an error), literals yield scalars;
 * {@link Values} converts results to text, truth values and lists.
 */
public sealed interface Expression permits Expression.Literal, Expression.Path, Expression.ListOf, Expression.Not,
		Expression.Count, Expression.Binary {

	Object evaluate(EvaluationContext context);

	/** A string, number, boolean or null constant. */
	record Literal(Object value) implements Expression {
		@Override
		public Object evaluate(EvaluationContext context) {
			return value;
		}
	}

	/** One navigation step: a feature, its inverse ({@code ~feature}) or its closure ({@code feature*}). */
	record Step(String feature, boolean inverse, boolean closure) {
	}

	/** {@code [$variable.]step.step…}; without a variable the path starts at {@code $self}. */
	record Path(String variable, List<Step> steps) implements Expression {
		@Override
		public Object evaluate(EvaluationContext context) {
			Object start = variable == null ? context.self() : context.variable(variable);
			List<Object> current = Values.toList(start);
			for (Step step : steps) {
				current = context.navigator().navigate(current, step);
			}
			return current;
		}
	}

	/** {@code [a, b, …]}. */
	record ListOf(List<Expression> items) implements Expression {
		@Override
		public Object evaluate(EvaluationContext context) {
			List<Object> values = new ArrayList<>();
			for (Expression item : items) {
				values.addAll(Values.toList(item.evaluate(context)));
			}
			return values;
		}
	}

	/** {@code !a}. */
	record Not(Expression operand) implements Expression {
		@Override
		public Object evaluate(EvaluationContext context) {
			return !Values.isTrue(operand.evaluate(context));
		}
	}

	/** {@code count(a)}: the number of values. */
	record Count(Expression operand) implements Expression {
		@Override
		public Object evaluate(EvaluationContext context) {
			return (double) Values.toList(operand.evaluate(context)).size();
		}
	}

	/** Binary operators; {@code &&}, {@code ||} and {@code ??} evaluate their right side only when needed. */
	record Binary(Operator operator, Expression left, Expression right) implements Expression {
		@Override
		public Object evaluate(EvaluationContext context) {
			Object l = left.evaluate(context);
			return switch (operator) {
				case AND -> Values.isTrue(l) && Values.isTrue(right.evaluate(context));
				case OR -> Values.isTrue(l) || Values.isTrue(right.evaluate(context));
				case COALESCE -> Values.isPresent(l) ? l : right.evaluate(context);
				case EQUALS -> Values.same(l, right.evaluate(context));
				case NOT_EQUALS -> !Values.same(l, right.evaluate(context));
				case IN -> Values.containsAll(right.evaluate(context), l);
				case LESS -> Values.ordered(l, right.evaluate(context), c -> c < 0);
				case LESS_OR_EQUAL -> Values.ordered(l, right.evaluate(context), c -> c <= 0);
				case GREATER -> Values.ordered(l, right.evaluate(context), c -> c > 0);
				case GREATER_OR_EQUAL -> Values.ordered(l, right.evaluate(context), c -> c >= 0);
				case CONCAT -> Values.toText(l) + Values.toText(right.evaluate(context));
			};
		}
	}

	/** The binary operators, by their source text. */
	enum Operator {
		AND("&&"), OR("||"), COALESCE("??"), EQUALS("=="), NOT_EQUALS("!="), IN("in"), CONCAT("+"), LESS("<"),
		LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

		final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}
	}
}
