package org.regionet.diagram.ui.bench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** Equinox application {@code org.regionet.diagram.ui.bench-paint}: {@link FirstPaintBenchmark} inside the product. */
public class BenchPaintApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try {
			return FirstPaintBenchmark.run(args == null ? new String[0] : args, System.out);
		} catch (Throwable t) {
			System.err.println("regionet bench-paint: " + t);
			t.printStackTrace();
			return 2;
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
