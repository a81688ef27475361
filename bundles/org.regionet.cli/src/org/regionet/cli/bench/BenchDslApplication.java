package org.regionet.cli.bench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** Equinox application {@code org.regionet.cli.bench-dsl}. */
public class BenchDslApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try {
			return DslBenchmark.run(args == null ? new String[0] : args, System.out);
		} catch (Throwable t) {
			System.err.println("regionet bench-dsl: " + t);
			return 2;
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
