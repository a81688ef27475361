package org.regionet.diagram.representations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.regionet.diagram.description.AbstractNodeMapping;
import org.regionet.diagram.description.DiagramDescription;
import org.regionet.diagram.description.DiagramElementMapping;
import org.regionet.diagram.description.EdgeMapping;
import org.regionet.diagram.description.ElementEdgeMapping;
import org.regionet.diagram.expression.Expression;
import org.regionet.diagram.expression.ExpressionException;
import org.regionet.diagram.expression.ExpressionPaths;
import org.regionet.diagram.expression.Expressions;
import org.regionet.diagram.expression.Navigator;
import org.regionet.diagram.mapping.FindingLink;
import org.regionet.model.RegionetPackage;

/**
 * Checks a description before use: ids present and unique, every expression parses and names only features that
 * exist in the metamodel (or on findings) and known variables, domain classes exist, colours are {@code #rrggbb}.
 * A typo in a description would otherwise silently produce an empty diagram.
 */
public final class DescriptionChecker {

	private static final Set<String> VARIABLES = Set.of("self", "container", "outer", "source", "target", "model",
			"models", "findings");
	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private final Set<String> classNames = new HashSet<>();
	private final Set<String> featureNames = new HashSet<>();

	public DescriptionChecker() {
		this(List.of(RegionetPackage.eINSTANCE));
	}

	public DescriptionChecker(List<EPackage> metamodels) {
		for (EPackage metamodel : metamodels) {
			for (EClassifier classifier : metamodel.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					classNames.add(eClass.getName());
					eClass.getEAllStructuralFeatures().forEach(f -> featureNames.add(f.getName()));
				}
			}
		}
		classNames.add(FindingLink.TYPE);
		featureNames.addAll(FindingLink.FEATURES);
		featureNames.add(Navigator.CONTAINER);
	}

	/** The problems found; empty if the description is fine. */
	public List<String> check(DiagramDescription description) {
		List<String> problems = new ArrayList<>();
		if (description.getId() == null || description.getId().isBlank()) {
			problems.add("the description has no id");
		}
		if (description.getDefaultLayer() == null) {
			problems.add("the description has no default layer");
		}
		Set<String> names = new HashSet<>();
		for (TreeIterator<EObject> it = description.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof DiagramElementMapping mapping && (mapping.getName() == null
					|| mapping.getName().isBlank() || !names.add(mapping.getName()))) {
				problems.add(where(object) + ": mapping name missing or not unique: " + mapping.getName());
			}
			checkAttributes(object, problems);
		}
		return problems;
	}

	private void checkAttributes(EObject object, List<String> problems) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!(object.eGet(attribute) instanceof String value) || value.isBlank()) {
				continue;
			}
			String name = attribute.getName();
			if (name.endsWith("Expression")) {
				checkExpression(object, name, value, problems);
			} else if (name.endsWith("Color") || name.equals("color")) {
				if (!COLOUR.matcher(value).matches()) {
					problems.add(where(object) + ": " + name + " '" + value + "' is not a colour #rrggbb");
				}
			} else if (name.equals("domainClass") && !classNames.contains(value)) {
				problems.add(where(object) + ": unknown domain class '" + value + "'");
			}
		}
		if (object instanceof EdgeMapping edge
				&& (edge.getSourceMappings().isEmpty() || edge.getTargetMappings().isEmpty())) {
			problems.add(where(object) + ": edge mapping needs source and target mappings");
		}
		if (object instanceof ElementEdgeMapping edge && Expressions.isBlank(edge.getSemanticCandidatesExpression())) {
			problems.add(where(object) + ": element edge mapping needs a semantic candidates expression");
		}
	}

	private void checkExpression(EObject owner, String attribute, String text, List<String> problems) {
		Expression expression;
		try {
			expression = Expressions.parse(text);
		} catch (ExpressionException e) {
			problems.add(where(owner) + ": " + attribute + ": " + e.getMessage());
			return;
		}
		for (Expression.Path path : ExpressionPaths.of(expression)) {
			if (path.variable() != null && !VARIABLES.contains(path.variable())) {
				problems.add(where(owner) + ": " + attribute + ": unknown variable $" + path.variable()
						+ " (known: $" + String.join(", $", VARIABLES.stream().sorted().toList()) + ")");
			}
			for (Expression.Step step : path.steps()) {
				if (!featureNames.contains(step.feature())) {
					problems.add(where(owner) + ": " + attribute + ": no feature '" + step.feature()
							+ "' in the metamodel, in '" + text + "'");
				}
			}
		}
	}

	/** A readable location: the nearest named mapping, else the object's class. */
	private static String where(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof AbstractNodeMapping || o instanceof EdgeMapping) {
				return "mapping '" + ((DiagramElementMapping) o).getName() + "'";
			}
			EStructuralFeature name = o.eClass().getEStructuralFeature("name");
			if (name != null && o.eGet(name) instanceof String s && !s.isBlank()) {
				return o.eClass().getName() + " '" + s + "'";
			}
		}
		return object.eClass().getName();
	}
}
