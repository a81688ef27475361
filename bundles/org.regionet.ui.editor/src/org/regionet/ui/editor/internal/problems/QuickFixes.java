package org.regionet.ui.editor.internal.problems;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.regionet.dsl.ide.quickfix.ModelFixes;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.model.Actor;
import org.regionet.model.Committee;
import org.regionet.model.FindingKind;
import org.regionet.model.RegioModel;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.merge.MergeRunner;

/**
 * The quick fixes of the editor by issue code. The edits are those of the IDE bundle's {@link ModelFixes}, which
 * the language server's quick-fix provider uses too; the labels here are translated.
 */
public final class QuickFixes {

	private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";

	private QuickFixes() {
	}

	public static List<QuickFix> of(Problem problem) {
		List<QuickFix> fixes = new ArrayList<>();
		String code = problem.code();
		List<String> data = problem.data();
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code) && data.size() >= 2) {
			String name = data.get(0);
			// The linking diagnostic lists the closest names in scope after the name and the expected type.
			for (String candidate : data.subList(2, data.size())) {
				fixes.add(new QuickFix(NLS.bind(Messages.QuickFix_changeReference, candidate),
						NLS.bind(Messages.QuickFix_changeReference_description, candidate, name),
						context -> ModelFixes.changeReference(context, name, candidate)));
			}
			if ("Actor".equals(data.get(1)) && name.matches(ID)) {
				fixes.add(new QuickFix(NLS.bind(Messages.QuickFix_createActor, name),
						NLS.bind(Messages.QuickFix_createActor_description, name),
						context -> ModelFixes.createActor(context, name)));
			}
		} else if (IssueCodes.ALIAS_CLASH.equals(code) && data.size() >= 2) {
			String other = data.get(1);
			fixes.add(QuickFix.across(NLS.bind(Messages.Merge_label, other), NLS.bind(Messages.Merge_description, other),
					(file, offset) -> MergeRunner.run(file, offset, other)));
			fixes.add(acceptDuplicate(other));
		} else if (IssueCodes.CHAIR_NOT_MEMBER.equals(code)) {
			String chair = data.isEmpty() ? "" : data.get(0);
			fixes.add(new QuickFix(NLS.bind(Messages.QuickFix_addChair, chair),
					NLS.bind(Messages.QuickFix_addChair_description, chair), context -> {
						Committee committee = EcoreUtil2.getContainerOfType(context, Committee.class);
						if (committee != null) {
							ModelFixes.addChairAsMember(committee);
						}
					}));
		}
		return fixes;
	}

	/** Accepts that the actor at the problem and {@code other} are two bodies, as the Findings view would. */
	private static QuickFix acceptDuplicate(String other) {
		return new QuickFix(Messages.QuickFix_acceptDuplicate,
				NLS.bind(Messages.QuickFix_acceptDuplicate_description, other), context -> {
					Actor actor = EcoreUtil2.getContainerOfType(context, Actor.class);
					if (actor != null) {
						String own = EcoreUtil2.getContainerOfType(actor, RegioModel.class).getName() + "."
								+ actor.getName();
						ModelFixes.accept(actor, FindingKind.DUPLICATE_ACTOR, List.of(own, other),
								Messages.QuickFix_acceptDuplicate_reason);
					}
				});
	}
}
