package org.regionet.ui.editor.internal.rename;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.regionet.model.Element;
import org.regionet.model.Meeting;
import org.regionet.ui.editor.internal.ElementKinds;
import org.regionet.ui.editor.internal.navigate.ElementLocator;

/** Finds the element to rename or search at an offset of a file, together with its occurrences. */
public final class RenameTargets {

	private RenameTargets() {
	}

	/** @return the target, or {@code null} when no named element is at {@code offset} */
	public static RenameTarget at(ResourceSet resourceSet, XtextResource resource, int offset,
			IQualifiedNameProvider names) {
		ElementLocator.Hit hit = ElementLocator.elementAt(resource, offset);
		if (hit == null) {
			return null;
		}
		EObject element = hit.element();
		String name = element instanceof Element e ? e.getName() : element instanceof Meeting m ? m.getName() : null;
		if (name == null) {
			return null;
		}
		return new RenameTarget(name, ElementKinds.label(element.eClass()), Occurrences.of(resourceSet, element, name),
				taken(resourceSet, element, names));
	}

	/** Simple names of the elements declared in the element's namespace, in any file. */
	static Set<String> taken(ResourceSet resourceSet, EObject element, IQualifiedNameProvider names) {
		Set<String> taken = new HashSet<>();
		QualifiedName qualified = names.getFullyQualifiedName(element);
		ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
		if (qualified == null || index == null) {
			return taken;
		}
		QualifiedName namespace = qualified.skipLast(1);
		for (IEObjectDescription description : index.getExportedObjects()) {
			QualifiedName other = description.getName();
			if (other.getSegmentCount() == namespace.getSegmentCount() + 1 && other.startsWith(namespace)) {
				taken.add(other.getLastSegment());
			}
		}
		return taken;
	}
}
