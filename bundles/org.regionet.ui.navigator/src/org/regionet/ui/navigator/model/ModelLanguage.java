package org.regionet.ui.navigator.model;

import org.regionet.dsl.ide.RegioNetIdeSetup;

import com.google.inject.Injector;

/** The Guice injector of the RegioNet language with its ide services; created once, on first use (off the UI thread). */
public final class ModelLanguage {

	private static Injector injector;

	private ModelLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new RegioNetIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
