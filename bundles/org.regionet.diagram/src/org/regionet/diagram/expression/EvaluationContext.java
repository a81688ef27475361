package org.regionet.diagram.expression;

import java.util.HashMap;
import java.util.Map;

/**
 * What an expression sees: {@code $self}, named variables such as {@code $container}, {@code $source},
 * {@code $target}, {@code $models} and {@code $findings}, and the navigator that reads features.
 */
public final class EvaluationContext {

	private final Navigator navigator;
	private final Object self;
	private final Map<String, Object> variables;

	private EvaluationContext(Navigator navigator, Object self, Map<String, Object> variables) {
		this.navigator = navigator;
		this.self = self;
		this.variables = variables;
	}

	public static EvaluationContext of(Navigator navigator, Map<String, Object> globals) {
		return new EvaluationContext(navigator, null, Map.copyOf(globals));
	}

	/** A context for another {@code $self}, keeping the variables. */
	public EvaluationContext withSelf(Object newSelf) {
		return new EvaluationContext(navigator, newSelf, variables);
	}

	/** A context with one more (or a replaced) variable; a null value hides the variable. */
	public EvaluationContext with(String name, Object value) {
		Map<String, Object> copy = new HashMap<>(variables);
		if (value == null) {
			copy.remove(name);
		} else {
			copy.put(name, value);
		}
		return new EvaluationContext(navigator, self, copy);
	}

	public Object self() {
		return self;
	}

	/** A variable's value; {@code $self} is always defined, an undefined variable is null (an empty path). */
	public Object variable(String name) {
		return "self".equals(name) ? self : variables.get(name);
	}

	public Navigator navigator() {
		return navigator;
	}

	/** Evaluates a text expression here. */
	public Object evaluate(String expression) {
		return Expressions.parse(expression).evaluate(this);
	}
}
