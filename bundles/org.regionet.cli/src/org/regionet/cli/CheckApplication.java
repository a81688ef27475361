package org.regionet.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Equinox application {@code org.regionet.cli.check}: {@code regionet check [options] PATH…}.
 */
public class CheckApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		// An exception escaping start() would exit with 0; every failure must become a non-zero code.
		try {
			return new CheckCommand(System.out, System.err).run(args == null ? new String[0] : args);
		} catch (Throwable t) {
			System.err.println("regionet check: internal error: " + t);
			return CheckCommand.EXIT_USAGE;
		}
	}

	@Override
	public void stop() {
		// nothing to stop: the command runs to completion in start()
	}
}
