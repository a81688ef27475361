package org.regionet.diagram.layout;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutAlgorithmData;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;

/**
 * Runs ELK. In OSGi, ELK's service only finds core's own algorithms, so layered is registered here once.
 */
public final class ElkEngine {

	private static volatile boolean registered;

	private ElkEngine() {
	}

	/** Registers the algorithms this bundle ships with; safe to call repeatedly and from several threads. */
	public static void ensureRegistered() {
		if (!registered) {
			synchronized (ElkEngine.class) {
				if (!registered) {
					LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
					registered = true;
				}
			}
		}
	}

	/** Ids of the algorithms available, e.g. for a menu or an error message. */
	public static List<String> algorithms() {
		ensureRegistered();
		return LayoutMetaDataService.getInstance().getAlgorithmData().stream().map(LayoutAlgorithmData::getId)
				.sorted().toList();
	}

	/** Lays out the graph in place; an unknown algorithm is reported with the ones that exist. */
	static void layout(ElkNode root, String algorithm) {
		ensureRegistered();
		if (LayoutMetaDataService.getInstance().getAlgorithmData(algorithm) == null) {
			throw new IllegalArgumentException("unknown layout algorithm '" + algorithm + "'; available: "
					+ algorithms().stream().collect(Collectors.joining(", ")));
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}
}
