package org.regionet.cli;

import java.io.PrintStream;

/** Equinox application {@code org.regionet.cli.check}: {@code regionet check [options] PATH…}. */
public class CheckApplication extends CommandApplication {

	public CheckApplication() {
		super("check");
	}

	@Override
	int run(PrintStream out, PrintStream err, String[] args) {
		return new CheckCommand(out, err).run(args);
	}
}
