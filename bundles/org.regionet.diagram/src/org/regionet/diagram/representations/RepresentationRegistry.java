package org.regionet.diagram.representations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.regionet.diagram.description.DiagramDescription;

/**
 * The representations shipped with RegioNet, read from the bundle's {@code representations/*.xmi} on first use:
 * actor network, committee structure and region landscape.
 */
public final class RepresentationRegistry {

	/** Ids of the built-in representations, in menu order. */
	public static final List<String> BUILT_IN = List.of("actor-network", "committee-structure", "region-landscape");

	private static volatile RepresentationRegistry builtIn;

	private final Map<String, DiagramDescription> descriptions = new LinkedHashMap<>();

	private RepresentationRegistry() {
	}

	/** The built-in representations; a broken shipped file is a programming error and fails loudly. */
	public static RepresentationRegistry builtIn() {
		RepresentationRegistry registry = builtIn;
		if (registry == null) {
			synchronized (RepresentationRegistry.class) {
				registry = builtIn;
				if (registry == null) {
					registry = new RepresentationRegistry();
					for (String id : BUILT_IN) {
						registry.add(loadBuiltIn(id));
					}
					builtIn = registry;
				}
			}
		}
		return registry;
	}

	private static DiagramDescription loadBuiltIn(String id) {
		String path = "/representations/" + id + ".xmi";
		try (InputStream in = RepresentationRegistry.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("built-in representation missing from the bundle: " + path);
			}
			DiagramDescription description = DescriptionLoader.load(in, URI.createURI("regionet:" + path));
			if (!id.equals(description.getId())) {
				throw new IllegalStateException(path + " declares id '" + description.getId() + "'");
			}
			return description;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void add(DiagramDescription description) {
		descriptions.put(description.getId(), description);
	}

	public List<String> ids() {
		return List.copyOf(descriptions.keySet());
	}

	/** The description with this id; an unknown id is a user error that lists the known ones. */
	public DiagramDescription get(String id) {
		DiagramDescription description = descriptions.get(id);
		if (description == null) {
			throw new IllegalArgumentException(
					"unknown representation '" + id + "'; known: " + String.join(", ", descriptions.keySet()));
		}
		return description;
	}
}
