package org.regionet.diagram.expression;

import java.util.ArrayList;
import java.util.List;

import org.regionet.diagram.expression.Expression.Binary;
import org.regionet.diagram.expression.Expression.Operator;
import org.regionet.diagram.expression.Expression.Step;

/**
 * Recursive-descent parser of the diagram expression language. The language only navigates features and compares
 * values; it cannot call methods, so descriptions from untrusted files cannot run code.
 *
 * <pre>
 * expr    := or
 * or      := and ('||' and)*
 * and     := not ('&amp;&amp;' not)*
 * not     := '!' not | compare
 * compare := coalesce (('==' | '!=' | '&lt;=' | '&gt;=' | '&lt;' | '&gt;' | 'in') coalesce)?
 * coalesce:= concat ('??' concat)*
 * concat  := primary ('+' primary)*
 * primary := string | number | true | false | null | 'count' '(' expr ')' | '(' expr ')'
 *          | '[' (expr (',' expr)*)? ']' | path
 * path    := ('feature:')? ('$' name ('.' step)* | step ('.' step)*)
 * step    := '~'? name '*'?
 * </pre>
 */
final class ExpressionParser {

	static final int MAX_LENGTH = 2000;
	private static final int MAX_DEPTH = 64;

	private final String text;
	private int pos;
	private int depth;

	private ExpressionParser(String text) {
		this.text = text;
	}

	static Expression parse(String text) {
		if (text.length() > MAX_LENGTH) {
			throw new ExpressionException("expression longer than " + MAX_LENGTH + " characters");
		}
		ExpressionParser parser = new ExpressionParser(text);
		Expression result = parser.expression();
		parser.skipSpace();
		if (parser.pos < text.length()) {
			throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
		}
		return result;
	}

	private Expression expression() {
		if (++depth > MAX_DEPTH) {
			throw error("expression nested too deeply");
		}
		Expression result = or();
		depth--;
		return result;
	}

	private Expression or() {
		Expression left = and();
		while (accept("||")) {
			left = new Binary(Operator.OR, left, and());
		}
		return left;
	}

	private Expression and() {
		Expression left = not();
		while (accept("&&")) {
			left = new Binary(Operator.AND, left, not());
		}
		return left;
	}

	private Expression not() {
		skipSpace();
		if (peek('!') && !text.startsWith("!=", pos)) {
			pos++;
			return new Expression.Not(not());
		}
		return compare();
	}

	private Expression compare() {
		Expression left = coalesce();
		if (accept("==")) {
			return new Binary(Operator.EQUALS, left, coalesce());
		}
		if (accept("!=")) {
			return new Binary(Operator.NOT_EQUALS, left, coalesce());
		}
		if (acceptKeyword("in")) {
			return new Binary(Operator.IN, left, coalesce());
		}
		for (Operator ordering : List.of(Operator.LESS_OR_EQUAL, Operator.GREATER_OR_EQUAL, Operator.LESS,
				Operator.GREATER)) {
			if (accept(ordering.symbol)) {
				return new Binary(ordering, left, coalesce());
			}
		}
		return left;
	}

	private Expression coalesce() {
		Expression left = concat();
		while (accept("??")) {
			left = new Binary(Operator.COALESCE, left, concat());
		}
		return left;
	}

	private Expression concat() {
		Expression left = primary();
		while (accept("+")) {
			left = new Binary(Operator.CONCAT, left, primary());
		}
		return left;
	}

	private Expression primary() {
		skipSpace();
		if (pos >= text.length()) {
			throw error("expression ends too early");
		}
		char c = text.charAt(pos);
		if (c == '\'' || c == '"') {
			return new Expression.Literal(string(c));
		}
		if (Character.isDigit(c) || c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
			return new Expression.Literal(number());
		}
		if (accept("(")) {
			Expression inner = expression();
			expect(")");
			return inner;
		}
		if (accept("[")) {
			List<Expression> items = new ArrayList<>();
			if (!accept("]")) {
				do {
					items.add(expression());
				} while (accept(","));
				expect("]");
			}
			return new Expression.ListOf(items);
		}
		if (text.startsWith("count", pos) && text.substring(pos + 5).stripLeading().startsWith("(")) {
			acceptKeyword("count");
			expect("(");
			Expression inner = expression();
			expect(")");
			return new Expression.Count(inner);
		}
		if (acceptKeyword("true")) {
			return new Expression.Literal(Boolean.TRUE);
		}
		if (acceptKeyword("false")) {
			return new Expression.Literal(Boolean.FALSE);
		}
		if (acceptKeyword("null")) {
			return new Expression.Literal(null);
		}
		return path();
	}

	private Expression path() {
		skipSpace();
		if (text.startsWith("feature:", pos)) {
			pos += "feature:".length();
		}
		String variable = null;
		List<Step> steps = new ArrayList<>();
		if (peek('$')) {
			pos++;
			variable = name();
		} else {
			steps.add(step());
		}
		while (peekDot()) {
			pos++;
			steps.add(step());
		}
		return new Expression.Path(variable, List.copyOf(steps));
	}

	private boolean peekDot() {
		skipSpace();
		return peek('.');
	}

	private Step step() {
		skipSpace();
		boolean inverse = false;
		if (peek('~')) {
			inverse = true;
			pos++;
		}
		String name = name();
		boolean closure = false;
		if (peek('*')) {
			closure = true;
			pos++;
		}
		return new Step(name, inverse, closure);
	}

	private String name() {
		int start = pos;
		while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
			pos++;
		}
		if (start == pos || Character.isDigit(text.charAt(start))) {
			throw error(pos < text.length() ? "expected a name, found '" + text.charAt(pos) + "'" : "expected a name");
		}
		return text.substring(start, pos);
	}

	private String string(char quote) {
		StringBuilder value = new StringBuilder();
		pos++;
		while (pos < text.length()) {
			char c = text.charAt(pos++);
			if (c == quote) {
				return value.toString();
			}
			if (c == '\\' && pos < text.length()) {
				c = text.charAt(pos++);
			}
			value.append(c);
		}
		throw error("unterminated string");
	}

	private Double number() {
		int start = pos;
		pos++;
		while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
			pos++;
		}
		try {
			return Double.valueOf(text.substring(start, pos));
		} catch (NumberFormatException e) {
			throw error("malformed number");
		}
	}

	private boolean accept(String token) {
		skipSpace();
		if (text.startsWith(token, pos)) {
			pos += token.length();
			return true;
		}
		return false;
	}

	private boolean acceptKeyword(String keyword) {
		skipSpace();
		int end = pos + keyword.length();
		if (text.startsWith(keyword, pos)
				&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_')) {
			pos = end;
			return true;
		}
		return false;
	}

	private void expect(String token) {
		if (!accept(token)) {
			throw error("expected '" + token + "'");
		}
	}

	private boolean peek(char c) {
		return pos < text.length() && text.charAt(pos) == c;
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private ExpressionException error(String message) {
		return new ExpressionException(message + " at column " + (pos + 1) + " of '" + text + "'");
	}
}
