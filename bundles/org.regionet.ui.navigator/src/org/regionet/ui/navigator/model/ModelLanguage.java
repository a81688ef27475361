package org.regionet.ui.navigator.model;

import org.regionet.ui.editor.RegioLanguage;

import com.google.inject.Injector;

/**
 * The Guice injector of the RegioNet language with its ide services: the one the editor, the builder and the
 * analysis share (see {@link RegioLanguage}); blocks until it exists, so call it off the UI thread.
 */
public final class ModelLanguage {

	private ModelLanguage() {
	}

	public static Injector injector() {
		return RegioLanguage.injector();
	}
}
