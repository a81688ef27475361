package org.regionet.diagram.ui;

import org.regionet.dsl.RegioNetStandaloneSetup;

import com.google.inject.Injector;

/** The DSL's injector for headless loading, created once: Guice set-up is the slow part of a first load. */
final class Injectors {

	private static Injector dsl;
	private static Injector ide;

	private Injectors() {
	}

	/** With the IDE services (the change serializer) for palette edits. */
	static synchronized Injector ide() {
		if (ide == null) {
			ide = new org.regionet.dsl.ide.RegioNetIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return ide;
	}

	static synchronized Injector dsl() {
		if (dsl == null) {
			dsl = new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return dsl;
	}
}
