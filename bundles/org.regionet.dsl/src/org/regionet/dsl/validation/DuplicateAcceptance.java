package org.regionet.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.regionet.model.Actor;
import org.regionet.model.Element;
import org.regionet.model.FindingKind;
import org.regionet.model.RegioModel;
import org.regionet.model.Suppression;

/**
 * Whether an {@code accept duplicate-actor} statement covers two actors, matched as the analysis matches
 * findings: the statement names one or both of them and nothing else. Statements of the actor's own file are read
 * from its live model, those of other files from the index.
 */
final class DuplicateAcceptance {

	private DuplicateAcceptance() {
	}

	static boolean accepted(Actor actor, URI other, ModelIndexFacts facts) {
		URI own = EcoreUtil2.getPlatformResourceOrNormalizedURI(actor);
		Set<URI> pair = Set.of(own, other);
		RegioModel model = EcoreUtil2.getContainerOfType(actor, RegioModel.class);
		if (model != null) {
			for (Element element : model.getElements()) {
				if (element instanceof Suppression suppression && suppression.getKind() == FindingKind.DUPLICATE_ACTOR
						&& covers(pair, targets(suppression))) {
					return true;
				}
			}
		}
		// The index may still hold an older state of the own file, so only other files count there.
		return facts.suppressionTargets(own.trimFragment()).stream().anyMatch(targets -> covers(pair, targets));
	}

	private static boolean covers(Set<URI> pair, Set<URI> targets) {
		return targets != null && !targets.isEmpty() && pair.containsAll(targets);
	}

	/** The elements a statement names, or {@code null} if one of them is unresolved. */
	private static Set<URI> targets(Suppression suppression) {
		Set<URI> targets = new HashSet<>();
		for (Element element : suppression.getElements()) {
			if (element.eIsProxy()) {
				return null;
			}
			targets.add(EcoreUtil2.getPlatformResourceOrNormalizedURI(element));
		}
		return targets;
	}
}
