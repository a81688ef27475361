package org.regionet.ui.navigator.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.regionet.model.Actor;
import org.regionet.model.Approach;
import org.regionet.model.Challenge;
import org.regionet.model.Committee;
import org.regionet.model.Element;
import org.regionet.model.Meeting;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;
import org.regionet.model.RegionetPackage.Literals;

/**
 * Builds the model tree of one parsed file: the namespace, under it every element; committees hold their members
 * and meetings, challenges their approaches. Names come from the text, so unresolved references still show what
 * the user wrote.
 */
public final class ModelTreeBuilder {

	private static final int MAX_TEXT = 60;

	private final IFile file;
	private final Map<String, Integer> seen = new HashMap<>();

	private ModelTreeBuilder(IFile file) {
		this.file = file;
	}

	/** The top-level nodes of the file: one namespace node holding the elements, or nothing if it did not parse. */
	public static List<ModelNode> build(IFile file, RegioModel model) {
		if (model == null) {
			return List.of();
		}
		return List.of(new ModelTreeBuilder(file).namespace(model));
	}

	private ModelNode namespace(RegioModel model) {
		String name = model.getName() == null ? "?" : model.getName();
		ModelNode node = node(null, ElementKind.NAMESPACE, name, null, model, Literals.REGIO_MODEL__NAME);
		List<ModelNode> children = new ArrayList<>();
		for (Element element : model.getElements()) {
			children.add(element(node, element));
		}
		node.setChildren(children);
		return node;
	}

	private ModelNode element(ModelNode parent, Element element) {
		String name = element.getName() != null ? element.getName() : shorten(NodeModelUtils.getTokenText(
				NodeModelUtils.getNode(element)));
		ModelNode node = node(parent, ElementKind.of(element), name, element.getTitle(), element,
				element.getName() != null ? Literals.ELEMENT__NAME : null);
		List<ModelNode> children = new ArrayList<>();
		if (element instanceof Committee committee) {
			for (Membership membership : committee.getMembers()) {
				children.add(node(node, ElementKind.MEMBER, text(membership, Literals.MEMBERSHIP__ACTOR),
						titleOf(membership.getActor()), membership, Literals.MEMBERSHIP__ACTOR));
			}
			for (Meeting meeting : committee.getMeetings()) {
				String meetingName = meeting.getName() != null ? meeting.getName() : meeting.getDate();
				children.add(node(node, ElementKind.MEETING, meetingName, meeting.getTitle(), meeting,
						meeting.getName() != null ? Literals.MEETING__NAME : Literals.MEETING__DATE));
			}
		} else if (element instanceof Challenge challenge) {
			for (Approach approach : challenge.getApproaches()) {
				children.add(node(node, ElementKind.APPROACH, shorten(approach.getText()), null, approach,
						Literals.APPROACH__TEXT));
			}
		}
		node.setChildren(children);
		return node;
	}

	/** The title of a resolved actor; a proxy (unresolved link) has none. */
	private static String titleOf(Actor actor) {
		return actor == null || actor.eIsProxy() ? null : actor.getTitle();
	}

	private ModelNode node(ModelNode parent, ElementKind kind, String name, String title, EObject object,
			EStructuralFeature selected) {
		String base = (parent == null ? "" : parent.path()) + "/" + kind + ":" + name;
		int count = seen.merge(base, 1, Integer::sum);
		String path = count == 1 ? base : base + "#" + count;
		INode selectedNode = selected == null ? null : first(object, selected);
		ICompositeNode whole = NodeModelUtils.getNode(object);
		INode target = selectedNode != null ? selectedNode : whole;
		int offset = target == null ? 0 : target.getOffset();
		int length = target == null ? 0 : target.getLength();
		return new ModelNode(file, parent, path, kind, name == null ? "?" : name, title, offset, length, object);
	}

	private static INode first(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static String text(EObject object, EStructuralFeature feature) {
		INode node = first(object, feature);
		return node == null ? "?" : NodeModelUtils.getTokenText(node);
	}

	private static String shorten(String text) {
		if (text == null) {
			return "?";
		}
		String oneLine = text.replaceAll("\\s+", " ").trim();
		return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT - 1) + "…";
	}
}
