package org.regionet.cli;

import java.io.PrintStream;

/** Equinox application {@code org.regionet.cli.export}: {@code regionet export}, the actors of model files as a CSV list. */
public class ExportApplication extends CommandApplication {

	public ExportApplication() {
		super("export");
	}

	@Override
	int run(PrintStream out, PrintStream err, String[] args) {
		return new ExportCommand(out, err).run(args);
	}
}
