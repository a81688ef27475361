package org.regionet.cli.bench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.regionet.analysis.bench.AnalysisBenchmark;

/** Equinox application {@code org.regionet.cli.bench-analysis}: the analysis benchmark inside the product. */
public class BenchAnalysisApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try {
			AnalysisBenchmark.main(args == null ? new String[0] : args);
			return 0;
		} catch (Throwable t) {
			System.err.println("regionet bench-analysis: " + t);
			return 2;
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
