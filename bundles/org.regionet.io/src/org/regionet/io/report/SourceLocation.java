package org.regionet.io.report;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.regionet.model.RegionetPackage;

/**
 * Where an element is written: file, line and column of its name (or of the element when it has none).
 */
public record SourceLocation(String file, int line, int column) {

	public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

	/** Locates an element of a loaded text model; {@link #UNKNOWN} for elements without text. */
	public static SourceLocation of(EObject object) {
		if (object == null || object.eResource() == null) {
			return UNKNOWN;
		}
		INode node = nameNode(object);
		if (node == null) {
			return new SourceLocation(fileOf(object.eResource().getURI()), 0, 0);
		}
		var lineAndColumn = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new SourceLocation(fileOf(object.eResource().getURI()), lineAndColumn.getLine(),
				lineAndColumn.getColumn());
	}

	private static INode nameNode(EObject object) {
		if (object.eClass().getEAllStructuralFeatures().contains(RegionetPackage.Literals.ELEMENT__NAME)) {
			List<INode> names = NodeModelUtils.findNodesForFeature(object, RegionetPackage.Literals.ELEMENT__NAME);
			if (!names.isEmpty()) {
				return names.get(0);
			}
		}
		return NodeModelUtils.getNode(object);
	}

	private static String fileOf(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	/** The file relative to {@code base} with forward slashes, as SARIF and code hosts expect. */
	public String relativeTo(Path base) {
		if (file.isEmpty() || base == null) {
			return file;
		}
		try {
			return base.toAbsolutePath().normalize().relativize(Path.of(file).toAbsolutePath().normalize()).toString()
					.replace('\\', '/');
		} catch (IllegalArgumentException e) {
			return file;
		}
	}

	public boolean isKnown() {
		return !file.isEmpty();
	}
}
