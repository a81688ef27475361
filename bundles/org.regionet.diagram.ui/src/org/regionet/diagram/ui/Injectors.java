package org.regionet.diagram.ui;

import org.regionet.dsl.RegioNetStandaloneSetup;

import com.google.inject.Injector;

/** The DSL's injector for headless loading, created once: Guice set-up is the slow part of a first load. */
final class Injectors {

	private static Injector dsl;

	private Injectors() {
	}

	static synchronized Injector dsl() {
		if (dsl == null) {
			dsl = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return dsl;
	}
}
