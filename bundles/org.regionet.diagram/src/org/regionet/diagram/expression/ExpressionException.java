package org.regionet.diagram.expression;

/** A malformed expression or one that cannot be evaluated; the message names the expression and the position. */
public class ExpressionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ExpressionException(String message) {
		super(message);
	}
}
