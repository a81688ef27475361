package org.regionet.diagram.expression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.regionet.diagram.expression.Expression.Step;

/**
 * Reads features reflectively: EMF features of model elements by name, {@code eContainer}, features of
 * {@link FeatureSource}s, and inverse references through an {@link InverseIndex}. Unknown features yield nothing.
 */
public final class Navigator {

	/** The pseudo-feature that leads to an element's container. */
	public static final String CONTAINER = "eContainer";

	private final InverseIndex inverse;

	public Navigator(InverseIndex inverse) {
		this.inverse = inverse;
	}

	/** One step from every object of {@code from}; results keep first-seen order and contain no duplicates. */
	List<Object> navigate(List<Object> from, Step step) {
		Set<Object> result = new LinkedHashSet<>();
		if (step.closure()) {
			Deque<Object> todo = new ArrayDeque<>(from);
			while (!todo.isEmpty()) {
				Object next = todo.poll();
				if (result.add(next)) {
					todo.addAll(single(next, step));
				}
			}
		} else {
			for (Object object : from) {
				result.addAll(single(object, step));
			}
		}
		return new ArrayList<>(result);
	}

	private List<Object> single(Object object, Step step) {
		return step.inverse() ? inverse.referrers(object, step.feature()) : feature(object, step.feature());
	}

	/** The values of a feature of one object. */
	public List<Object> feature(Object object, String name) {
		if (object instanceof EObject eObject) {
			if (CONTAINER.equals(name)) {
				return eObject.eContainer() == null ? List.of() : List.of(eObject.eContainer());
			}
			EStructuralFeature feature = eObject.eClass().getEStructuralFeature(name);
			if (feature == null) {
				return List.of();
			}
			Object value = eObject.eGet(feature, true);
			if (value instanceof Collection<?> many) {
				List<Object> list = new ArrayList<>(many.size());
				for (Object item : many) {
					if (!(item instanceof EObject e && e.eIsProxy())) {
						list.add(item);
					}
				}
				return list;
			}
			return value == null || value instanceof EObject e && e.eIsProxy() ? List.of() : List.of(value);
		}
		if (object instanceof FeatureSource source) {
			return source.feature(name);
		}
		return List.of();
	}
}
