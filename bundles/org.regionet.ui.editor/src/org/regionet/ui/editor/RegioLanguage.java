package org.regionet.ui.editor;

import org.regionet.ui.editor.internal.LanguageServices;

import com.google.inject.Injector;

/**
 * The workbench's one Guice injector of the RegioNet language (runtime and IDE services), shared by the editor,
 * the builder, the analysis and the views: creating an injector costs a second or more of CPU, and at start-up
 * every further one competes with the window for the processor.
 */
public final class RegioLanguage {

	private RegioLanguage() {
	}

	/** Blocks until the injector exists (creating it in the background if nobody has); never on the UI thread. */
	public static Injector injector() {
		return LanguageServices.injector();
	}
}
