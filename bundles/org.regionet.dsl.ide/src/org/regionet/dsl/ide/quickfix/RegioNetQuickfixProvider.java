package org.regionet.dsl.ide.quickfix;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.model.Committee;

/**
 * Quick fixes offered by the editor and the language server; the edits themselves live in {@link ModelFixes}.
 */
public class RegioNetQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	@QuickFix(Diagnostic.LINKING_DIAGNOSTIC)
	public void createMissingActor(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Create the missing actor", (diagnostic, object) -> context -> {
			String name = linkText(diagnostic);
			if (name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
				ModelFixes.createActor(object, name);
			}
		});
	}

	@QuickFix(IssueCodes.CHAIR_NOT_MEMBER)
	public void addChairAsMember(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add the chair as a member", (diagnostic, object) -> context -> {
			Committee committee = EcoreUtil2.getContainerOfType(object, Committee.class);
			if (committee != null) {
				ModelFixes.addChairAsMember(committee);
			}
		});
	}

	private static String linkText(org.eclipse.lsp4j.Diagnostic diagnostic) {
		Object data = diagnostic.getData();
		if (data instanceof String[] values && values.length > 0) {
			return values[0];
		}
		if (data instanceof java.util.List<?> list && !list.isEmpty()) {
			return String.valueOf(list.get(0));
		}
		return null;
	}
}
