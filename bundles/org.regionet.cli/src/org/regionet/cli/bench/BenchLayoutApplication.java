package org.regionet.cli.bench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.regionet.diagram.bench.LayoutBenchmark;

/** Equinox application {@code org.regionet.cli.bench-layout}: the diagram layout benchmark inside the product. */
public class BenchLayoutApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try {
			return LayoutBenchmark.run(args == null ? new String[0] : args, System.out);
		} catch (Throwable t) {
			System.err.println("regionet bench-layout: " + t);
			return 2;
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
