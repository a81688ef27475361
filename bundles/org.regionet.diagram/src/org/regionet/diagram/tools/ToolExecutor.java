package org.regionet.diagram.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.regionet.diagram.description.Assignment;
import org.regionet.diagram.description.DeleteKind;
import org.regionet.diagram.description.DeleteTool;
import org.regionet.diagram.description.DirectEditLabelTool;
import org.regionet.diagram.description.EdgeCreationTool;
import org.regionet.diagram.description.NodeCreationTool;
import org.regionet.diagram.expression.EvaluationContext;
import org.regionet.diagram.expression.Expressions;
import org.regionet.diagram.expression.InverseIndex;
import org.regionet.diagram.expression.Navigator;
import org.regionet.diagram.expression.Values;
import org.regionet.diagram.mapping.SemanticKeys;

/**
 * Applies palette tools to the semantic model, headless. The UI runs these inside an Xtext change recording so each
 * edit becomes a minimal text change; nothing here touches text or diagrams. Tools refuse (with a reason) rather
 * than leave the model inconsistent, e.g. deleting an actor that is still referenced.
 */
public final class ToolExecutor {

	/**
	 * Creates a new element for a node tool. {@code model} is the file being edited, {@code container} the element
	 * shown by the view the user clicked into (the model at top level), {@code outer} the one around that (or null).
	 */
	public ToolResult createNode(NodeCreationTool tool, EObject model, Object container, Object outer) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("model", model);
		variables.put("container", container == null ? model : container);
		if (outer != null) {
			variables.put("outer", outer);
		}
		String where = Expressions.isBlank(tool.getContainerExpression()) ? "$model" : tool.getContainerExpression();
		List<Object> owners = Values.toList(context(container, variables).evaluate(where));
		if (owners.isEmpty() || !(owners.get(0) instanceof EObject owner)) {
			return ToolResult.refused("no place to create the " + tool.getDomainClass() + " (" + where + " is empty)");
		}
		ToolResult created = instantiate(tool.getDomainClass(), owner, tool.getContainmentFeature(),
				tool.getNamePrefix());
		if (!created.done()) {
			return created;
		}
		String problem = assign(tool.getAssignments(), created.created(), context(created.created(), variables));
		return problem == null ? created : undo(created.created(), problem);
	}

	/** Connects {@code source} to {@code target}: creates the connecting element, or sets the source's features. */
	public ToolResult createEdge(EdgeCreationTool tool, EObject source, EObject target) {
		Map<String, Object> variables = Map.of("source", source, "target", target);
		if (Expressions.isBlank(tool.getDomainClass())) {
			String problem = assign(tool.getAssignments(), source, context(source, variables));
			return problem == null ? ToolResult.ok(null) : ToolResult.refused(problem);
		}
		String where = Expressions.isBlank(tool.getContainerExpression()) ? "$source.eContainer"
				: tool.getContainerExpression();
		List<Object> containers = Values.toList(context(source, variables).evaluate(where));
		if (containers.isEmpty() || !(containers.get(0) instanceof EObject container)) {
			return ToolResult.refused("no place to create the " + tool.getDomainClass() + " (" + where + " is empty)");
		}
		ToolResult created = instantiate(tool.getDomainClass(), container, tool.getContainmentFeature(),
				tool.getNamePrefix());
		if (!created.done()) {
			return created;
		}
		String problem = assign(tool.getAssignments(), created.created(), context(created.created(), variables));
		return problem == null ? created : undo(created.created(), problem);
	}

	/** Sets the label text through the tool's feature path (e.g. {@code title}, {@code actor.title}). */
	public ToolResult directEdit(DirectEditLabelTool tool, EObject element, String text) {
		if (text == null || text.isBlank()) {
			return ToolResult.refused("a label cannot be empty");
		}
		String[] path = tool.getFeaturePath().split("\\.");
		Navigator navigator = new Navigator(InverseIndex.over(List.of(), List.of()));
		Object owner = element;
		for (int i = 0; i < path.length - 1; i++) {
			List<Object> next = navigator.feature(owner, path[i]);
			if (next.isEmpty()) {
				return ToolResult.refused("nothing to edit: " + path[i] + " is not set");
			}
			owner = next.get(0);
		}
		if (!(owner instanceof EObject target)) {
			return ToolResult.refused("cannot edit " + tool.getFeaturePath());
		}
		String problem = FeatureWriter.assign(target, path[path.length - 1], List.of(text.strip()));
		return problem == null ? ToolResult.ok(null) : ToolResult.refused(problem);
	}

	/**
	 * Deletes an element (refused while other elements refer to it), or for {@link DeleteKind#REFERENCE} removes
	 * {@code target} from the source's reference feature.
	 */
	public ToolResult delete(DeleteTool tool, EObject element, EObject target) {
		if (tool.getKind() == DeleteKind.REFERENCE) {
			EStructuralFeature feature = element.eClass().getEStructuralFeature(tool.getReferenceFeature());
			if (!(feature instanceof EReference) || target == null) {
				return ToolResult.refused("cannot remove a reference '" + tool.getReferenceFeature() + "' from "
						+ SemanticKeys.of(element));
			}
			if (feature.isMany()) {
				((Collection<?>) element.eGet(feature)).remove(target);
			} else if (element.eGet(feature) == target) {
				element.eUnset(feature);
			}
			return ToolResult.ok(null);
		}
		List<String> users = usages(element);
		if (!users.isEmpty()) {
			return ToolResult.refused(SemanticKeys.of(element) + " is still referenced by " + String.join(", ", users)
					+ (users.size() == 5 ? ", …" : ""));
		}
		EcoreUtil.remove(element);
		return ToolResult.ok(null);
	}

	/** Up to five elements outside {@code element} that refer to it or to something inside it. */
	private static List<String> usages(EObject element) {
		Resource resource = element.eResource();
		Collection<?> scope = resource == null ? List.of(EcoreUtil.getRootContainer(element))
				: resource.getResourceSet() == null ? List.of(resource) : List.of(resource.getResourceSet());
		Set<EObject> inside = new HashSet<>();
		inside.add(element);
		element.eAllContents().forEachRemaining(inside::add);
		List<String> users = new ArrayList<>();
		for (Map.Entry<EObject, Collection<EStructuralFeature.Setting>> entry : EcoreUtil.UsageCrossReferencer
				.findAll(inside, scope).entrySet()) {
			for (EStructuralFeature.Setting setting : entry.getValue()) {
				EObject user = setting.getEObject();
				if (!inside.contains(user) && users.size() < 5) {
					String key = SemanticKeys.of(user);
					if (!users.contains(key)) {
						users.add(key);
					}
				}
			}
		}
		return users;
	}

	private static ToolResult instantiate(String className, EObject container, String featureName, String prefix) {
		EClass eClass = className == null ? null
				: container.eClass().getEPackage().getEClassifier(className) instanceof EClass c ? c : null;
		if (eClass == null || eClass.isAbstract()) {
			return ToolResult.refused("cannot create an element of class '" + className + "'");
		}
		EStructuralFeature feature = container.eClass().getEStructuralFeature(featureName);
		if (!(feature instanceof EReference reference) || !reference.isContainment()
				|| !reference.getEReferenceType().isSuperTypeOf(eClass)) {
			return ToolResult.refused(container.eClass().getName() + " cannot hold a " + className + " in '"
					+ featureName + "'");
		}
		EObject created = EcoreUtil.create(eClass);
		EStructuralFeature name = eClass.getEStructuralFeature("name");
		if (name != null) {
			created.eSet(name, UniqueNames.next(container, reference,
					Expressions.isBlank(prefix) ? eClass.getName() : prefix));
		}
		FeatureWriter.assign(container, featureName, List.of(created));
		return ToolResult.ok(created);
	}

	private static String assign(List<Assignment> assignments, EObject target, EvaluationContext context) {
		for (Assignment assignment : assignments) {
			List<Object> values = Values.toList(context.evaluate(assignment.getValueExpression()));
			String problem = FeatureWriter.assign(target, assignment.getFeature(), values);
			if (problem != null) {
				return problem;
			}
		}
		return null;
	}

	private static EvaluationContext context(Object self, Map<String, Object> variables) {
		EvaluationContext context = EvaluationContext.of(new Navigator(InverseIndex.over(List.of(), List.of())),
				variables);
		return context.withSelf(self);
	}

	private static ToolResult undo(EObject created, String problem) {
		EcoreUtil.remove(created);
		return ToolResult.refused(problem);
	}
}
