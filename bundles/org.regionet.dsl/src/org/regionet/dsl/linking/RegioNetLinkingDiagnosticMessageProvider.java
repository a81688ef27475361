package org.regionet.dsl.linking;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.dsl.validation.Messages;
import org.regionet.model.RegionetPackage;

import com.google.inject.Inject;

/**
 * Explains an unresolved reference: when the name exists but denotes an element of the wrong kind (a committee
 * named as an activity's lead, say), the message says so instead of claiming the name is unknown. An unknown name's
 * data are the link text, the expected type and the closest names in scope.
 */
public class RegioNetLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private IQualifiedNameConverter nameConverter;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass expected = context.getReference().getEReferenceType();
		IEObjectDescription other = findAnyElement(context);
		if (other != null && !expected.isSuperTypeOf(other.getEClass())) {
			String msg = NLS.bind(Messages.Link_wrongKind, new Object[] {context.getLinkText(),
					Messages.kindWithArticle(other.getEClass()), Messages.kindWithArticle(expected),
					context.getReference().getName(), Messages.kind(expected)});
			return new DiagnosticMessage(msg, Severity.ERROR, IssueCodes.WRONG_ELEMENT_KIND,
					context.getLinkText(), other.getEClass().getName(), expected.getName());
		}
		String msg = NLS.bind(Messages.Link_unknown, Messages.kind(expected), context.getLinkText());
		List<String> data = new ArrayList<>(List.of(context.getLinkText(), expected.getName()));
		data.addAll(suggestions(context));
		return new DiagnosticMessage(msg, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC, data.toArray(String[]::new));
	}

	/** The closest names the reference could mean, as written from here; quick fixes offer them. */
	private List<String> suggestions(ILinkingDiagnosticContext context) {
		try {
			String text = context.getLinkText();
			if (text == null || text.isBlank()) {
				return List.of();
			}
			IScope scope = scopeProvider.getScope(context.getContext(), context.getReference());
			return NameSuggestions.closest(text, scope, nameConverter);
		} catch (IllegalNodeException | IllegalArgumentException e) {
			return List.of();
		}
	}

	private IEObjectDescription findAnyElement(ILinkingDiagnosticContext context) {
		try {
			String text = context.getLinkText();
			if (text == null || text.isBlank()) {
				return null;
			}
			IScope scope = scopeProvider.getScope(context.getContext(), RegionetPackage.Literals.SUPPRESSION__ELEMENTS);
			return scope.getSingleElement(nameConverter.toQualifiedName(text));
		} catch (IllegalNodeException | IllegalArgumentException e) {
			return null;
		}
	}
}
