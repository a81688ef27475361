package org.regionet.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.regionet.model.RegioModel;

/**
 * Resolves imports and additionally makes every element of a file's own namespace visible by its simple name,
 * so a region can be split over several files that share one namespace.
 */
public class RegioNetLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		List<ImportNormalizer> resolvers = super.internalGetImportedNamespaceResolvers(context, ignoreCase);
		if (context instanceof RegioModel model && model.getName() != null && !model.getName().isBlank()) {
			QualifiedName namespace = getQualifiedNameConverter().toQualifiedName(model.getName());
			resolvers.add(new ImportNormalizer(namespace, true, ignoreCase));
		}
		return resolvers;
	}
}
