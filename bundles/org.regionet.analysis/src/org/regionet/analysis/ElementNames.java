package org.regionet.analysis;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.regionet.model.Element;
import org.regionet.model.RegioModel;

/**
 * Qualified names of model elements as the DSL spells them ({@code namespace.name}), for
 * reports and for matching suppressions across separately loaded files.
 */
public final class ElementNames {

    private ElementNames() {
    }

    /** True if {@code a} sorts after {@code b} by qualified name: findings name their pair in that order. */
    public static boolean inReverseOrder(EObject a, EObject b) {
        return qualifiedName(a).compareTo(qualifiedName(b)) > 0;
    }

    /** The qualified name, or a stable fallback for unnamed or unresolved elements. */
    public static String qualifiedName(EObject o) {
        if (o == null) {
            return "<null>";
        }
        if (o.eIsProxy()) {
            URI uri = ((InternalEObject) o).eProxyURI();
            return uri == null ? "<proxy>" : uri.toString();
        }
        String name = o instanceof Element e ? e.getName() : null;
        EObject container = o.eContainer();
        String ns = container instanceof RegioModel m ? m.getName() : null;
        if (name == null || name.isEmpty()) {
            int index = container == null ? -1 : container.eContents().indexOf(o);
            name = "#" + index;
        }
        return ns == null || ns.isEmpty() ? name : ns + "." + name;
    }

    /** A label for messages: the title if there is one, else the simple name. */
    public static String label(EObject o) {
        if (o instanceof Element e) {
            if (e.getTitle() != null && !e.getTitle().isBlank()) {
                return e.getTitle();
            }
            if (e.getName() != null) {
                return e.getName();
            }
        }
        return qualifiedName(o);
    }
}
