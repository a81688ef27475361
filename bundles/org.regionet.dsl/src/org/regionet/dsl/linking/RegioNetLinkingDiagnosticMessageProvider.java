package org.regionet.dsl.linking;

import org.eclipse.emf.ecore.EClass;
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
import org.regionet.model.RegionetPackage;

import com.google.inject.Inject;

/**
 * Explains an unresolved reference: when the name exists but denotes an element of the wrong kind (a committee
 * named as an activity's lead, say), the message says so instead of claiming the name is unknown.
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
			String msg = "'" + context.getLinkText() + "' is " + article(other.getEClass().getName()) + ", not "
					+ article(expected.getName()) + ": " + context.getReference().getName() + " must refer to "
					+ article(expected.getName()) + ".";
			return new DiagnosticMessage(msg, Severity.ERROR, IssueCodes.WRONG_ELEMENT_KIND,
					context.getLinkText(), other.getEClass().getName(), expected.getName());
		}
		String msg = "Unknown " + expected.getName().toLowerCase() + " '" + context.getLinkText()
				+ "': no such element is declared or imported.";
		return new DiagnosticMessage(msg, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC, context.getLinkText(),
				expected.getName());
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

	private static String article(String className) {
		String lower = className.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
		return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
	}
}
