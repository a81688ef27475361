package org.regionet.cli;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * An Equinox application behind one command of the {@code regionet} launcher: runs the command to completion in
 * {@link #start} and returns its exit code.
 */
abstract class CommandApplication implements IApplication {

	private final String name;

	CommandApplication(String name) {
		this.name = name;
	}

	/** Runs the command with the launcher's arguments; returns its exit code. */
	abstract int run(PrintStream out, PrintStream err, String[] args);

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		// An exception escaping start() would exit with 0; every failure must become a non-zero code.
		try {
			return run(System.out, System.err, args == null ? new String[0] : args);
		} catch (Throwable t) {
			System.err.println("regionet " + name + ": internal error: " + t);
			return CheckCommand.EXIT_USAGE;
		}
	}

	@Override
	public void stop() {
		// nothing to stop: the command runs to completion in start()
	}
}
