package org.regionet.diagram.expression;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parses expressions once and keeps them, since descriptions evaluate the same few texts many times. */
public final class Expressions {

	private static final Map<String, Expression> CACHE = new ConcurrentHashMap<>();
	private static final int MAX_CACHED = 10_000;

	private Expressions() {
	}

	/** The parsed expression; a blank text parses to {@code $self}. */
	public static Expression parse(String text) {
		String source = text == null || text.isBlank() ? "$self" : text.strip();
		Expression cached = CACHE.get(source);
		if (cached != null) {
			return cached;
		}
		Expression parsed = ExpressionParser.parse(source);
		if (CACHE.size() < MAX_CACHED) {
			CACHE.put(source, parsed);
		}
		return parsed;
	}

	/** Whether the text is empty, i.e. the owning attribute is not used. */
	public static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
