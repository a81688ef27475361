package org.regionet.dsl;

import org.eclipse.emf.ecore.EPackage;
import org.regionet.model.RegionetPackage;

import com.google.inject.Injector;

/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class RegioNetStandaloneSetup extends RegioNetStandaloneSetupGenerated {

	public static void doSetup() {
		new RegioNetStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public void register(Injector injector) {
		// The generated setup does not register an imported EPackage; in OSGi plugin.xml does, standalone we must.
		if (!EPackage.Registry.INSTANCE.containsKey(RegionetPackage.eNS_URI)) {
			EPackage.Registry.INSTANCE.put(RegionetPackage.eNS_URI, RegionetPackage.eINSTANCE);
		}
		super.register(injector);
	}
}
