package org.regionet.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.regionet.dsl.resource.RegioNetResourceDescriptionStrategy;
import org.regionet.model.RegionetPackage;

/**
 * Facts about all files of the index that single-element checks need: which elements are referenced at all,
 * which actors carry which names and which elements accept statements name. Computed once per index instance,
 * since a pass over every reference for every actor would be quadratic.
 */
final class ModelIndexFacts {

	private final Set<URI> referencedTargets = new HashSet<>();
	private final Map<String, List<IEObjectDescription>> actorsByName = new HashMap<>();
	/** The elements each accept statement names, by the statement's URI. */
	private final Map<URI, Set<URI>> suppressionTargets = new HashMap<>();

	ModelIndexFacts(IResourceDescriptions index) {
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				if (reference.getTargetEObjectUri() != null) {
					referencedTargets.add(reference.getTargetEObjectUri());
					if (RegionetPackage.Literals.SUPPRESSION__ELEMENTS.equals(reference.getEReference())) {
						suppressionTargets.computeIfAbsent(reference.getSourceEObjectUri(), k -> new HashSet<>())
								.add(reference.getTargetEObjectUri());
					}
				}
			}
			for (IEObjectDescription actor : description.getExportedObjectsByType(RegionetPackage.Literals.ACTOR)) {
				addName(actor.getName().getLastSegment(), actor);
				String title = actor.getUserData(RegioNetResourceDescriptionStrategy.TITLE);
				if (title != null) {
					addName(title, actor);
				}
			}
		}
	}

	private void addName(String name, IEObjectDescription actor) {
		actorsByName.computeIfAbsent(normalize(name), k -> new ArrayList<>(1)).add(actor);
	}

	static String normalize(String name) {
		return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	boolean isReferenced(URI target) {
		return referencedTargets.contains(target);
	}

	/**
	 * The elements named by each accept statement outside {@code file}. The index does not carry the statements'
	 * kinds; one that names only actors can only accept duplicates.
	 */
	List<Set<URI>> suppressionTargets(URI file) {
		List<Set<URI>> result = new ArrayList<>();
		suppressionTargets.forEach((source, targets) -> {
			if (!source.trimFragment().equals(file)) {
				result.add(targets);
			}
		});
		return result;
	}

	List<IEObjectDescription> actorsNamed(String name) {
		return actorsByName.getOrDefault(normalize(name), List.of());
	}
}
