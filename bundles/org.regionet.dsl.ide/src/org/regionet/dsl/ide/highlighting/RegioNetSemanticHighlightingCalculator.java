package org.regionet.dsl.ide.highlighting;

import java.util.Iterator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.regionet.model.RegionetPackage.Literals;

/**
 * Colours declarations, references by the kind of element they point to, dates and enum values. Goes through
 * every node of a feature, since multi-valued features (partners, fields) have one node per value.
 */
public class RegioNetSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancel) {
		if (resource == null || resource.getContents().isEmpty()) {
			return;
		}
		Iterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext() && !cancel.isCanceled()) {
			EObject object = contents.next();
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				String style = styleOf(feature);
				// Not eIsSet: an enum's first literal is its default and unset, yet written in the text.
				if (style != null) {
					for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
						acceptor.addPosition(node.getOffset(), node.getLength(), style);
					}
				}
			}
		}
	}

	static String styleOf(EStructuralFeature feature) {
		if (feature == Literals.ELEMENT__NAME || feature == Literals.MEETING__NAME) {
			return HighlightingStyles.DECLARATION;
		}
		if (feature instanceof EReference reference) {
			return reference.isContainment() ? null : styleOf(reference.getEReferenceType());
		}
		EAttribute attribute = (EAttribute) feature;
		if (attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum) {
			return HighlightingStyles.ENUM_VALUE;
		}
		if (attribute == Literals.PERIOD__FROM || attribute == Literals.PERIOD__TO || attribute == Literals.MEETING__DATE
				|| attribute == Literals.CONCEPT__ADOPTED_ON || attribute == Literals.COOPERATION__SINCE
				|| attribute == Literals.SUPPRESSION__DATE) {
			return HighlightingStyles.DATE;
		}
		return null;
	}

	private static String styleOf(EClass target) {
		if (target == Literals.ACTOR) {
			return HighlightingStyles.ACTOR;
		} else if (target == Literals.REGION) {
			return HighlightingStyles.REGION;
		} else if (target == Literals.COMMITTEE) {
			return HighlightingStyles.COMMITTEE;
		} else if (target == Literals.ACTION_FIELD) {
			return HighlightingStyles.FIELD;
		} else if (target == Literals.TARGET_GROUP) {
			return HighlightingStyles.TARGET_GROUP;
		} else if (target == Literals.ACTIVITY) {
			return HighlightingStyles.ACTIVITY;
		}
		return HighlightingStyles.OTHER_REFERENCE;
	}
}
