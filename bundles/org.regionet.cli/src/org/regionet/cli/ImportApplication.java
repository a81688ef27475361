package org.regionet.cli;

import java.io.PrintStream;

/** Equinox application {@code org.regionet.cli.import}: {@code regionet import}, a CSV list of actors as a model file. */
public class ImportApplication extends CommandApplication {

	public ImportApplication() {
		super("import");
	}

	@Override
	int run(PrintStream out, PrintStream err, String[] args) {
		return new ImportCommand(out, err).run(args);
	}
}
