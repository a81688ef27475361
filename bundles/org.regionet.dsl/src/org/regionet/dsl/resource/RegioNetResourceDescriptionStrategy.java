package org.regionet.dsl.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.regionet.model.Actor;
import org.regionet.model.Element;
import org.regionet.model.RegioModel;

/**
 * Exports top-level elements only (nested meetings and memberships are not referable) and carries each element's
 * title, and for actors their aliases, in the index, so hover, content assist and the alias check need not load
 * other files.
 */
public class RegioNetResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	public static final String TITLE = "title";
	public static final String ALIASES = "aliases";
	/** Separator of aliases in the user data; a control character never typed in a name. */
	public static final String ALIAS_SEPARATOR = "\u001f";

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		if (eObject instanceof RegioModel) {
			return true;
		}
		if (eObject instanceof Element element) {
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(element);
			if (name != null) {
				acceptor.accept(EObjectDescription.create(name, element, userData(element)));
			}
		}
		return false;
	}

	private static Map<String, String> userData(Element element) {
		Map<String, String> data = new HashMap<>();
		if (element.getTitle() != null) {
			data.put(TITLE, element.getTitle());
		}
		if (element instanceof Actor actor && !actor.getAliases().isEmpty()) {
			data.put(ALIASES, String.join(ALIAS_SEPARATOR, actor.getAliases()));
		}
		return data;
	}
}
