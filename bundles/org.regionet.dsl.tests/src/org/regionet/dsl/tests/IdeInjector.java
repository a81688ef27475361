package org.regionet.dsl.tests;

import org.regionet.dsl.ide.RegioNetIdeSetup;

import com.google.inject.Injector;

/** One injector with the IDE services for the tests of those services. */
final class IdeInjector {

	private static Injector injector;

	private IdeInjector() {
	}

	static synchronized Injector get() {
		if (injector == null) {
			injector = new RegioNetIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
