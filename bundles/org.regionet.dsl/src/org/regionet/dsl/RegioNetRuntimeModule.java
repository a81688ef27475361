package org.regionet.dsl;

import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.regionet.dsl.linking.RegioNetLinkingDiagnosticMessageProvider;
import org.regionet.dsl.resource.RegioNetResourceDescriptionStrategy;
import org.regionet.dsl.scoping.RegioNetLocalScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Runtime bindings of the RegioNet language (without the Equinox extension registry).
 */
public class RegioNetRuntimeModule extends AbstractRegioNetRuntimeModule {

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(RegioNetLocalScopeProvider.class);
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return RegioNetLinkingDiagnosticMessageProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return RegioNetResourceDescriptionStrategy.class;
	}
}
