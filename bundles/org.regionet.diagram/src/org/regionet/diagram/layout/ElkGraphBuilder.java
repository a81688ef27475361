package org.regionet.diagram.layout;

import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.regionet.diagram.description.ContainerMapping;
import org.regionet.diagram.text.Fonts;
import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;

/**
 * Translates a sized diagram into an ELK graph: nodes nested like the diagram's containers, edges contained in the
 * lowest common ancestor of their ends, edge labels as ELK labels so that layered reserves room for them.
 */
final class ElkGraphBuilder {

	/** Above this many nodes, layered trades some crossing minimisation and edge separation for speed. */
	static final int LARGE_GRAPH = 400;

	private final LayoutSettings settings;
	private final TextMeasurer measurer;
	private final Map<DiagramNode, ElkNode> nodes = new IdentityHashMap<>();
	private final Map<DiagramEdge, ElkEdge> edges = new IdentityHashMap<>();
	private final Set<DiagramEdge> reversed = Collections.newSetFromMap(new IdentityHashMap<>());
	private ElkNode root;

	ElkGraphBuilder(LayoutSettings settings, TextMeasurer measurer) {
		this.settings = settings;
		this.measurer = measurer;
	}

	ElkNode build(Diagram diagram) {
		root = ElkGraphUtil.createGraph();
		configure(root, settings);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
		boolean nested = diagram.allNodes().anyMatch(n -> !n.children().isEmpty() && separateSettings(n) == null);
		if (nested) {
			root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		}
		long count = diagram.allNodes().count();
		if (count > LARGE_GRAPH && settings.isLayered()) {
			// measured on 1,000 nodes / 3,000 edges: merging edges at shared ends halves the dummy nodes and the time
			root.setProperty(LayeredOptions.THOROUGHNESS, 1);
			root.setProperty(LayeredOptions.MERGE_EDGES, true);
		}
		for (DiagramNode node : diagram.nodes()) {
			add(node, root);
		}
		Map<DiagramNode, Integer> degrees = new IdentityHashMap<>();
		for (DiagramEdge edge : diagram.edges()) {
			degrees.merge(edge.source(), 1, Integer::sum);
			degrees.merge(edge.target(), 1, Integer::sum);
		}
		for (DiagramEdge edge : diagram.edges()) {
			add(edge, degrees);
		}
		return root;
	}

	/** The settings for the inside of a container laid out on its own, or null if it joins its parent's layout. */
	private LayoutSettings separateSettings(DiagramNode node) {
		return settings.isLayered() ? childrenSettings(node, settings) : null;
	}

	/** The children layout a container's mapping asks for, or null. */
	static LayoutSettings childrenSettings(DiagramNode node, LayoutSettings fallback) {
		if (node.mapping() instanceof ContainerMapping container && container.getChildrenLayout() != null) {
			return LayoutSettings.of(container.getChildrenLayout(), fallback);
		}
		return null;
	}

	private static void configure(ElkNode parent, LayoutSettings settings) {
		parent.setProperty(CoreOptions.ALGORITHM, settings.algorithm());
		parent.setProperty(CoreOptions.DIRECTION, Direction.valueOf(settings.direction().getName()));
		parent.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.valueOf(settings.edgeRouting().getName()));
		if (!Double.isNaN(settings.aspectRatio())) {
			parent.setProperty(CoreOptions.ASPECT_RATIO, settings.aspectRatio());
		}
		if (settings.keepModelOrder()) {
			parent.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
			parent.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		} else {
			// pack the networks of different regions and the loose nodes into each other's gaps
			parent.setProperty(LayeredOptions.COMPACTION_CONNECTED_COMPONENTS, true);
		}
		parent.setProperty(CoreOptions.SPACING_NODE_NODE, settings.nodeSpacing());
		parent.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
		parent.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
		parent.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
		parent.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, settings.nodeSpacing() * 1.5);
		parent.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, settings.layerSpacing());
		parent.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
		parent.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
	}

	private void add(DiagramNode node, ElkNode parent) {
		ElkNode elk = ElkGraphUtil.createNode(parent);
		elk.setIdentifier(node.key());
		elk.setDimensions(node.width(), node.height());
		nodes.put(node, elk);
		if (node.isContainer() && !node.children().isEmpty()) {
			LayoutSettings separate = separateSettings(node);
			configure(elk, separate == null ? settings : separate);
			if (separate != null) {
				elk.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
			}
			double header = NodeGeometry.headerHeight(node, measurer.lineHeight(Fonts.CONTAINER));
			double pad = NodeGeometry.CONTAINER_PAD;
			elk.setProperty(CoreOptions.PADDING, new ElkPadding(header + pad * 0.5, pad, pad, pad));
			elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
			elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.width(), node.height()));
			for (DiagramNode child : node.children()) {
				add(child, elk);
			}
		}
	}

	/**
	 * Adds an edge. Layered treats every edge as directed; undirected ones are pointed from the better connected
	 * end to the other (a strict order, so they form no cycles that layered would draw as long detours).
	 */
	private void add(DiagramEdge diagramEdge, Map<DiagramNode, Integer> degrees) {
		DiagramNode from = diagramEdge.source();
		DiagramNode to = diagramEdge.target();
		if (!diagramEdge.mapping().isDirected() && before(to, from, degrees)) {
			from = diagramEdge.target();
			to = diagramEdge.source();
		}
		ElkNode source = nodes.get(from);
		ElkNode target = nodes.get(to);
		if (source == null || target == null || source == target
				|| scope(diagramEdge.source()) != scope(diagramEdge.target())) {
			return; // crosses the border of a separately laid-out container: routed afterwards
		}
		ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
		edges.put(diagramEdge, edge);
		if (from != diagramEdge.source()) {
			reversed.add(diagramEdge);
		}
		String label = diagramEdge.label();
		if (!label.isBlank()) {
			ElkLabel elkLabel = ElkGraphUtil.createLabel(label, edge);
			double[] size = EdgeLabels.size(label, measurer);
			elkLabel.setDimensions(size[0], size[1]);
			elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
		}
	}

	private static boolean before(DiagramNode a, DiagramNode b, Map<DiagramNode, Integer> degrees) {
		int byDegree = Integer.compare(degrees.getOrDefault(b, 0), degrees.getOrDefault(a, 0));
		return byDegree != 0 ? byDegree < 0 : a.key().compareTo(b.key()) < 0;
	}

	/** The container whose layout run places this node: the nearest separately laid-out ancestor, or null. */
	private DiagramNode scope(DiagramNode node) {
		for (DiagramNode p = node.parent(); p != null; p = p.parent()) {
			if (separateSettings(p) != null) {
				return p;
			}
		}
		return null;
	}

	Map<DiagramNode, ElkNode> nodes() {
		return nodes;
	}

	Map<DiagramEdge, ElkEdge> edges() {
		return edges;
	}

	/** Edges handed to ELK target-to-source; their routes must be turned round. */
	Set<DiagramEdge> reversed() {
		return reversed;
	}
}
