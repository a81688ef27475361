package org.regionet.diagram.expression;

import java.util.ArrayList;
import java.util.List;

/** Lists the paths inside an expression, so a checker can verify feature and variable names statically. */
public final class ExpressionPaths {

	private ExpressionPaths() {
	}

	public static List<Expression.Path> of(Expression expression) {
		List<Expression.Path> paths = new ArrayList<>();
		collect(expression, paths);
		return paths;
	}

	private static void collect(Expression expression, List<Expression.Path> paths) {
		switch (expression) {
			case Expression.Path path -> paths.add(path);
			case Expression.ListOf list -> list.items().forEach(item -> collect(item, paths));
			case Expression.Not not -> collect(not.operand(), paths);
			case Expression.Count count -> collect(count.operand(), paths);
			case Expression.Binary binary -> {
				collect(binary.left(), paths);
				collect(binary.right(), paths);
			}
			case Expression.Literal literal -> {
				// constants name no feature
			}
		}
	}
}
