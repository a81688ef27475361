package org.regionet.diagram.representations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.regionet.diagram.description.DescriptionPackage;
import org.regionet.diagram.description.DiagramDescription;

/**
 * Reads diagram descriptions from XMI, with DOCTYPEs refused (no XXE), and checks them before use so that a broken
 * description is reported with its problems instead of failing half-way through a diagram.
 */
public final class DescriptionLoader {

	private DescriptionLoader() {
	}

	/** Loads and checks a description file written by a user. */
	public static DiagramDescription load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return load(in, URI.createFileURI(file.toAbsolutePath().toString()));
		}
	}

	/** Loads and checks a description from a stream; {@code uri} names it in messages. */
	public static DiagramDescription load(InputStream in, URI uri) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(in, safeOptions());
		} catch (IOException | RuntimeException e) {
			throw new IOException("cannot read diagram description " + uri + ": " + e.getMessage(), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IOException("cannot read diagram description " + uri + ": " + resource.getErrors().get(0).getMessage());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DiagramDescription description)) {
			throw new IOException(uri + " holds no diagram description");
		}
		List<String> problems = new DescriptionChecker().check(description);
		if (!problems.isEmpty()) {
			throw new IOException("diagram description " + uri + " is invalid:\n  " + String.join("\n  ", problems));
		}
		return description;
	}

	private static Map<Object, Object> safeOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return options;
	}
}
