package org.regionet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.regionet.model.Actor;
import org.regionet.model.ActorKind;
import org.regionet.model.Committee;
import org.regionet.model.Element;
import org.regionet.model.FindingKind;
import org.regionet.model.MemberRole;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetFactory;
import org.regionet.model.RegionetPackage;
import org.regionet.model.Suppression;

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

	/**
	 * Points the unresolved references of {@code context} written as {@code linkText} to the element the scope
	 * knows as {@code name}; the serializer then writes the name as it must be written from there.
	 */
	public static void changeReference(EObject context, String linkText, String name) {
		for (EReference reference : context.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(context, reference);
			List<EObject> values = values(context, reference);
			// Backwards, since a fix may remove an entry of a list.
			for (int i = Math.min(nodes.size(), values.size()) - 1; i >= 0; i--) {
				if (values.get(i).eIsProxy() && linkText.equals(NodeModelUtils.getTokenText(nodes.get(i)))) {
					EObject target = resolve(context, reference, name);
					if (target == null) {
						// The name denotes nothing this reference accepts.
						break;
					}
					set(context, reference, i, target);
				}
			}
		}
	}

	/**
	 * Appends {@code accept <kind> a, b "reason"} to the file of {@code context}, so the finding about these two
	 * elements (given by qualified name) is no longer reported.
	 */
	public static Suppression accept(EObject context, FindingKind kind, List<String> qualifiedNames, String reason) {
		RegioModel model = EcoreUtil2.getContainerOfType(context, RegioModel.class);
		Suppression suppression = RegionetFactory.eINSTANCE.createSuppression();
		suppression.setKind(kind);
		for (String name : qualifiedNames) {
			EObject element = resolve(model, RegionetPackage.Literals.SUPPRESSION__ELEMENTS, name);
			if (!(element instanceof Element e)) {
				return null;
			}
			suppression.getElements().add(e);
		}
		suppression.setReason(reason);
		model.getElements().add(suppression);
		return suppression;
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject owner, EReference reference) {
		Object value = owner.eGet(reference, false);
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject owner, EReference reference, int index, EObject target) {
		if (reference.isMany()) {
			InternalEList<EObject> list = (InternalEList<EObject>) owner.eGet(reference, false);
			// EMF lists hold an element once: a slip for an element already listed just goes.
			if (list.basicContains(target)) {
				list.remove(index);
			} else {
				list.set(index, target);
			}
		} else {
			owner.eSet(reference, target);
		}
	}

	/** The element {@code name} denotes in the scope of the reference, or {@code null}. */
	private static EObject resolve(EObject context, EReference reference, String name) {
		IResourceServiceProvider services = ((XtextResource) context.eResource()).getResourceServiceProvider();
		QualifiedName qualifiedName = services.get(IQualifiedNameConverter.class).toQualifiedName(name);
		IEObjectDescription description = services.get(IScopeProvider.class).getScope(context, reference)
				.getSingleElement(qualifiedName);
		if (description == null) {
			return null;
		}
		EObject target = EcoreUtil.resolve(description.getEObjectOrProxy(), context);
		return target.eIsProxy() ? null : target;
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
