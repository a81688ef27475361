package org.regionet.diagram.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

/** Conversions between expression results: lists, text, truth values and comparison. */
public final class Values {

	private Values() {
	}

	/** A result as a list: null is empty, a collection is flattened, anything else is a one-element list. */
	public static List<Object> toList(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = new ArrayList<>(collection.size());
			for (Object item : collection) {
				list.addAll(toList(item));
			}
			return list;
		}
		return List.of(value);
	}

	/** Text of a result: enum literals, numbers and strings as written; several values joined by ", ". */
	public static String toText(Object value) {
		return toList(value).stream().map(Values::scalarText).filter(s -> !s.isEmpty())
				.collect(Collectors.joining(", "));
	}

	private static String scalarText(Object value) {
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
			return Long.toString(d.longValue());
		}
		return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : "";
	}

	/** Truth: a boolean is itself, a list is true if it holds anything but a single false, text if non-empty. */
	public static boolean isTrue(Object value) {
		List<Object> list = toList(value);
		if (list.size() == 1 && list.get(0) instanceof Boolean b) {
			return b;
		}
		if (list.size() == 1 && list.get(0) instanceof String s) {
			return !s.isEmpty();
		}
		return !list.isEmpty();
	}

	/** Whether a value is worth showing: not null, not empty, not blank text. */
	public static boolean isPresent(Object value) {
		return toList(value).stream().anyMatch(v -> !(v instanceof String s) || !s.isBlank());
	}

	/** Equality after normalising both sides (enum literals compare as their text, numbers as doubles). */
	public static boolean same(Object left, Object right) {
		List<Object> l = normalise(left);
		List<Object> r = normalise(right);
		return l.equals(r);
	}

	/**
	 * Whether two single numbers stand in the relation {@code test} checks on their comparison; missing values,
	 * text and lists have no order, so every ordering operator is false for them.
	 */
	static boolean ordered(Object left, Object right, IntPredicate test) {
		List<Object> l = normalise(left);
		List<Object> r = normalise(right);
		return l.size() == 1 && r.size() == 1 && l.get(0) instanceof Double a && r.get(0) instanceof Double b
				&& test.test(Double.compare(a, b));
	}

	/** Whether every value of {@code needles} (at least one) is one of {@code haystack}'s values. */
	public static boolean containsAll(Object haystack, Object needles) {
		List<Object> n = normalise(needles);
		return !n.isEmpty() && normalise(haystack).containsAll(n);
	}

	private static List<Object> normalise(Object value) {
		List<Object> list = toList(value);
		List<Object> result = new ArrayList<>(list.size());
		for (Object item : list) {
			result.add(normaliseScalar(item));
		}
		return result;
	}

	private static Object normaliseScalar(Object value) {
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		return Objects.requireNonNull(value);
	}
}
