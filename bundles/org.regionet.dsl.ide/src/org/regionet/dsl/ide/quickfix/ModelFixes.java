package org.regionet.dsl.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.Committee;
import org.regionet.model.Element;
import org.regionet.model.MemberRole;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetFactory;

/**
 * The semantic edits behind quick fixes. They change the EMF model only; the change serializer turns each into a
 * minimal text edit that keeps comments and formatting.
 */
public final class ModelFixes {

	private ModelFixes() {
	}

	/** Declares an actor of unknown kind named {@code name} after the last actor of the file of {@code context}. */
	public static Actor createActor(EObject context, String name) {
		RegioModel model = EcoreUtil2.getContainerOfType(context, RegioModel.class);
		Actor actor = RegionetFactory.eINSTANCE.createActor();
		actor.setName(name);
		actor.setTitle(name.replace('_', ' '));
		actor.setKind(ActorKind.OTHER);
		int index = 0;
		for (int i = 0; i < model.getElements().size(); i++) {
			Element element = model.getElements().get(i);
			if (element instanceof Actor) {
				index = i + 1;
			}
		}
		model.getElements().add(index, actor);
		return actor;
	}

	/** Adds the chair of a committee to its members, as chair. */
	public static void addChairAsMember(Committee committee) {
		if (committee.getChair() == null) {
			return;
		}
		Membership membership = RegionetFactory.eINSTANCE.createMembership();
		membership.setActor(committee.getChair());
		membership.setRole(MemberRole.CHAIR);
		committee.getMembers().add(0, membership);
	}
}
