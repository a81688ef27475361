package org.regionet.diagram.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Who refers to whom through which feature, for {@code ~feature} steps: built once over the diagram's model roots
 * (non-containment references) and the feature sources such as findings.
 */
public final class InverseIndex {

	private final Map<Object, Map<String, List<Object>>> referrers = new IdentityHashMap<>();

	/** Indexes every non-containment reference under the roots and every feature of the sources. */
	public static InverseIndex over(Collection<? extends EObject> roots, Collection<? extends FeatureSource> sources) {
		InverseIndex index = new InverseIndex();
		for (EObject root : roots) {
			index.addTree(root);
		}
		for (FeatureSource source : sources) {
			for (String feature : source.featureNames()) {
				for (Object value : source.feature(feature)) {
					index.add(value, feature, source);
				}
			}
		}
		return index;
	}

	private void addTree(EObject root) {
		addReferences(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			addReferences(it.next());
		}
	}

	private void addReferences(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
				continue;
			}
			Object value = object.eGet(reference, true);
			if (value instanceof Collection<?> many) {
				for (Object target : many) {
					add(target, reference.getName(), object);
				}
			} else if (value != null) {
				add(value, reference.getName(), object);
			}
		}
	}

	private void add(Object target, String feature, Object referrer) {
		if (target instanceof EObject e && e.eIsProxy()) {
			return;
		}
		List<Object> list = referrers.computeIfAbsent(target, t -> new HashMap<>()).computeIfAbsent(feature,
				f -> new ArrayList<>());
		if (list.isEmpty() || list.get(list.size() - 1) != referrer) {
			list.add(referrer);
		}
	}

	/** The objects whose {@code feature} holds {@code target}, in model order. */
	public List<Object> referrers(Object target, String feature) {
		Map<String, List<Object>> byFeature = referrers.get(target);
		if (byFeature == null) {
			return List.of();
		}
		return byFeature.getOrDefault(feature, List.of());
	}
}
