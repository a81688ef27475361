package org.regionet.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Equinox application {@code org.regionet.cli.export}.
 */
public class ExportApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try {
			return new ExportCommand(System.out, System.err).run(args == null ? new String[0] : args);
		} catch (Throwable t) {
			System.err.println("regionet export: internal error: " + t);
			return CheckCommand.EXIT_USAGE;
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
