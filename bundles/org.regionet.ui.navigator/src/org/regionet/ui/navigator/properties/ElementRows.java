package org.regionet.ui.navigator.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.IGrammarAccess;
import org.regionet.model.Period;
import org.regionet.ui.navigator.edit.Labels;
import org.regionet.ui.navigator.edit.SimpleAttribute;
import org.regionet.ui.navigator.internal.ElementKinds;
import org.regionet.ui.navigator.internal.Messages;
import org.regionet.ui.navigator.model.ModelLanguage;
import org.regionet.ui.navigator.model.ModelNode;

/** The rows of the Element tab: kind, file and every attribute of the element's class; simple ones editable. */
final class ElementRows {

	private ElementRows() {
	}

	static List<Row> of(ModelNode node, EObject element) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row(Messages.Property_kindOfElement, ElementKinds.label(node.kind()), null));
		rows.add(new Row(Messages.Property_file, node.file().getFullPath().toString(), null));
		Grammar grammar = ModelLanguage.injector().getInstance(IGrammarAccess.class).getGrammar();
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			SimpleAttribute simple = SimpleAttribute.of(grammar, element, attribute);
			if (simple != null) {
				rows.add(new Row(Labels.feature(attribute), simple.display(element), simple));
			} else if (attribute.getEAttributeType() != EcorePackage.Literals.EBOOLEAN) {
				rows.add(new Row(Labels.feature(attribute), text(element.eGet(attribute)), null));
			}
		}
		if (element.eClass().getEStructuralFeature("period") != null
				&& element.eGet(element.eClass().getEStructuralFeature("period")) instanceof Period period) {
			rows.add(new Row(Messages.Feature_period, text(period.getFrom()) + " .. " + text(period.getTo()), null));
		}
		return rows;
	}

	private static String text(Object value) {
		if (value instanceof Collection<?> values) {
			return String.join(", ", values.stream().map(ElementRows::text).toList());
		}
		return value == null ? "" : value.toString();
	}
}
