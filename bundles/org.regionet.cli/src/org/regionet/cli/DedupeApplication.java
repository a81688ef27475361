package org.regionet.cli;

import java.io.PrintStream;

/** Equinox application {@code org.regionet.cli.dedupe}: {@code regionet dedupe}, duplicate actors in a CSV list. */
public class DedupeApplication extends CommandApplication {

	public DedupeApplication() {
		super("dedupe");
	}

	@Override
	int run(PrintStream out, PrintStream err, String[] args) {
		return new DedupeCommand(out, err).run(args);
	}
}
