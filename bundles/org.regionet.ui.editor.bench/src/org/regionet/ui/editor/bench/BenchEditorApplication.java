package org.regionet.ui.editor.bench;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** Equinox application {@code org.regionet.ui.editor.bench-editor}: {@link EditorBenchmark} inside the product. */
public class BenchEditorApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		try {
			return EditorBenchmark.run(args == null ? new String[0] : args, System.out);
		} catch (Throwable t) {
			System.err.println("regionet bench-editor: " + t);
			t.printStackTrace();
			return 2;
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
