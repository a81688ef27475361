package org.regionet.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Runs a command with captured standard output and error, as the launcher would. */
record CommandRun(int code, String out, String err) {

	/** {@code factory} builds the command from (out, err); {@code invoke} runs it and returns the exit code. */
	static <C> CommandRun of(BiFunction<PrintStream, PrintStream, C> factory, Function<C, Integer> invoke) {
		ByteArrayOutputStream o = new ByteArrayOutputStream();
		ByteArrayOutputStream e = new ByteArrayOutputStream();
		C command = factory.apply(new PrintStream(o, true, StandardCharsets.UTF_8),
				new PrintStream(e, true, StandardCharsets.UTF_8));
		int code = invoke.apply(command);
		return new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
	}
}
