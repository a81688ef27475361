package org.regionet.cli;

import java.io.PrintStream;

/** Equinox application {@code org.regionet.cli.diagram}: {@code regionet diagram}, diagrams as SVG or PNG. */
public class DiagramApplication extends CommandApplication {

	public DiagramApplication() {
		super("diagram");
	}

	@Override
	int run(PrintStream out, PrintStream err, String[] args) {
		return new DiagramCommand(out, err).run(args);
	}
}
