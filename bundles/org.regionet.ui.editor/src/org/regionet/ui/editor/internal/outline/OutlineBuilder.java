package org.regionet.ui.editor.internal.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.regionet.model.ActionField;
import org.regionet.model.Activity;
import org.regionet.model.Actor;
import org.regionet.model.Approach;
import org.regionet.model.Challenge;
import org.regionet.model.Committee;
import org.regionet.model.Concept;
import org.regionet.model.Cooperation;
import org.regionet.model.Element;
import org.regionet.model.Import;
import org.regionet.model.Meeting;
import org.regionet.model.Membership;
import org.regionet.model.RegioModel;
import org.regionet.model.Region;
import org.regionet.model.RegionetPackage.Literals;
import org.regionet.model.Suppression;
import org.regionet.model.TargetGroup;
import org.regionet.ui.editor.internal.outline.OutlineNode.Kind;

/**
 * Builds the outline of one file from its parsed model: the namespace with its imports, then every element with
 * its title; committees list their members and meetings, challenges their approaches. Names are taken from the
 * text, so unresolved references still show what the user wrote.
 */
public final class OutlineBuilder {

	private static final int MAX_TEXT = 60;

	private final Map<String, Integer> keys = new HashMap<>();

	private OutlineBuilder() {
	}

	public static List<OutlineNode> build(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RegioModel model)) {
			return List.of();
		}
		return new OutlineBuilder().model(model);
	}

	private List<OutlineNode> model(RegioModel model) {
		List<OutlineNode> roots = new ArrayList<>();
		if (model.getName() != null) {
			List<OutlineNode> imports = new ArrayList<>();
			for (Import anImport : model.getImports()) {
				imports.add(node("", Kind.IMPORT, anImport.getImportedNamespace(), null, anImport,
						Literals.IMPORT__IMPORTED_NAMESPACE, List.of()));
			}
			INode name = first(model, Literals.REGIO_MODEL__NAME);
			ICompositeNode whole = NodeModelUtils.getNode(model);
			// The namespace entry covers only its own line and the imports, not the whole file.
			int end = imports.isEmpty() ? endOf(name) : imports.get(imports.size() - 1).offset()
					+ imports.get(imports.size() - 1).length();
			int start = whole == null ? 0 : whole.getOffset();
			roots.add(new OutlineNode(key("", Kind.NAMESPACE, model.getName()), Kind.NAMESPACE, model.getName(), null,
					start, Math.max(0, end - start), offsetOf(name), lengthOf(name), imports));
		}
		for (Element element : model.getElements()) {
			roots.add(element(element));
		}
		return roots;
	}

	private OutlineNode element(Element element) {
		String parent = "";
		Kind kind = kindOf(element);
		String label = element.getName() != null ? element.getName() : fallbackLabel(element);
		String key = key(parent, kind, label);
		List<OutlineNode> children = new ArrayList<>();
		if (element instanceof Committee committee) {
			for (Membership membership : committee.getMembers()) {
				String actor = text(membership, Literals.MEMBERSHIP__ACTOR);
				String role = membership.getRole() == null || !membership.eIsSet(Literals.MEMBERSHIP__ROLE) ? null
						: membership.getRole().getLiteral();
				children.add(node(key, Kind.MEMBER, actor, role, membership, Literals.MEMBERSHIP__ACTOR, List.of()));
			}
			for (Meeting meeting : committee.getMeetings()) {
				String name = meeting.getName() != null ? meeting.getName() : meeting.getDate();
				children.add(node(key, Kind.MEETING, name, join(meeting.getTitle(), meeting.getDate()), meeting,
						meeting.getName() != null ? Literals.MEETING__NAME : Literals.MEETING__DATE, List.of()));
			}
		} else if (element instanceof Challenge challenge) {
			for (Approach approach : challenge.getApproaches()) {
				children.add(node(key, Kind.APPROACH, shorten(approach.getText()), null, approach,
						Literals.APPROACH__TEXT, List.of()));
			}
		}
		EStructuralFeature nameFeature = element.getName() != null ? Literals.ELEMENT__NAME : null;
		return node(parent, kind, label, element.getTitle(), element, nameFeature, children, key);
	}

	private static Kind kindOf(Element element) {
		if (element instanceof Region) {
			return Kind.REGION;
		} else if (element instanceof Actor) {
			return Kind.ACTOR;
		} else if (element instanceof Committee) {
			return Kind.COMMITTEE;
		} else if (element instanceof ActionField field) {
			return field.isTopic() ? Kind.TOPIC : Kind.FIELD;
		} else if (element instanceof TargetGroup) {
			return Kind.TARGET_GROUP;
		} else if (element instanceof Activity) {
			return Kind.ACTIVITY;
		} else if (element instanceof Challenge) {
			return Kind.CHALLENGE;
		} else if (element instanceof Concept) {
			return Kind.CONCEPT;
		} else if (element instanceof Cooperation) {
			return Kind.COOPERATION;
		}
		return Kind.ACCEPTANCE;
	}

	/** Cooperations and acceptances may be unnamed: they are labelled by the elements they relate. */
	private static String fallbackLabel(Element element) {
		if (element instanceof Cooperation) {
			return String.join(", ", texts(element, Literals.COOPERATION__PARTNERS));
		}
		if (element instanceof Suppression suppression) {
			String kind = suppression.getKind() == null ? "" : suppression.getKind().getLiteral() + " ";
			return kind + String.join(", ", texts(element, Literals.SUPPRESSION__ELEMENTS));
		}
		return "?";
	}

	private OutlineNode node(String parentKey, Kind kind, String label, String detail, EObject object,
			EStructuralFeature selected, List<OutlineNode> children) {
		return node(parentKey, kind, label, detail, object, selected, children, key(parentKey, kind, label));
	}

	private static OutlineNode node(String parentKey, Kind kind, String label, String detail, EObject object,
			EStructuralFeature selected, List<OutlineNode> children, String key) {
		ICompositeNode whole = NodeModelUtils.getNode(object);
		int offset = whole == null ? 0 : whole.getOffset();
		int length = whole == null ? 0 : whole.getLength();
		INode name = selected == null ? null : first(object, selected);
		int selectionOffset = name == null ? offset : name.getOffset();
		int selectionLength = name == null ? 0 : name.getLength();
		return new OutlineNode(key, kind, label == null ? "?" : label, detail, offset, length, selectionOffset,
				selectionLength, List.copyOf(children));
	}

	private String key(String parentKey, Kind kind, String label) {
		String base = parentKey + "/" + kind + ":" + label;
		int seen = keys.merge(base, 1, Integer::sum);
		return seen == 1 ? base : base + "#" + seen;
	}

	private static INode first(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static String text(EObject object, EStructuralFeature feature) {
		INode node = first(object, feature);
		return node == null ? "?" : NodeModelUtils.getTokenText(node);
	}

	private static List<String> texts(EObject object, EStructuralFeature feature) {
		return NodeModelUtils.findNodesForFeature(object, feature).stream().map(NodeModelUtils::getTokenText).toList();
	}

	private static int offsetOf(INode node) {
		return node == null ? 0 : node.getOffset();
	}

	private static int lengthOf(INode node) {
		return node == null ? 0 : node.getLength();
	}

	private static int endOf(INode node) {
		return node == null ? 0 : node.getOffset() + node.getLength();
	}

	private static String join(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + ", " + second;
	}

	private static String shorten(String text) {
		if (text == null) {
			return "?";
		}
		String oneLine = text.replaceAll("\\s+", " ").trim();
		return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT - 1) + "…";
	}
}
