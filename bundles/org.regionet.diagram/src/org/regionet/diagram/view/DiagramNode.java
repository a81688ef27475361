package org.regionet.diagram.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.regionet.diagram.description.AbstractNodeMapping;
import org.regionet.diagram.description.ContainerMapping;

/**
 * A node or container of a diagram. Holds no semantic data of its own: it points at the model element it shows.
 * Bounds are relative to the parent node (top-left corner), as in ELK.
 */
public final class DiagramNode {

	private final String key;
	private final Object semantic;
	private final AbstractNodeMapping mapping;
	private final DiagramNode parent;
	private final List<DiagramNode> children = new ArrayList<>();
	private String label = "";
	private String tooltip = "";
	private NodeAppearance appearance;
	private List<String> labelLines = List.of();
	private double x;
	private double y;
	private double width;
	private double height;
	private boolean pinned;

	public DiagramNode(String key, Object semantic, AbstractNodeMapping mapping, DiagramNode parent) {
		this.key = key;
		this.semantic = semantic;
		this.mapping = mapping;
		this.parent = parent;
		this.appearance = isContainer() ? NodeAppearance.CONTAINER : NodeAppearance.NODE;
	}

	/** Stable key built from qualified names, used by the layout sidecar. */
	public String key() {
		return key;
	}

	public Object semantic() {
		return semantic;
	}

	public AbstractNodeMapping mapping() {
		return mapping;
	}

	public boolean isContainer() {
		return mapping instanceof ContainerMapping;
	}

	public DiagramNode parent() {
		return parent;
	}

	public List<DiagramNode> children() {
		return Collections.unmodifiableList(children);
	}

	public void addChild(DiagramNode child) {
		children.add(child);
	}

	public boolean removeChild(DiagramNode child) {
		return children.remove(child);
	}

	/** This node and all nodes inside it, depth first. */
	public Stream<DiagramNode> selfAndDescendants() {
		return Stream.concat(Stream.of(this), children.stream().flatMap(DiagramNode::selfAndDescendants));
	}

	/** Whether {@code other} is this node or lies inside it. */
	public boolean contains(DiagramNode other) {
		for (DiagramNode n = other; n != null; n = n.parent) {
			if (n == this) {
				return true;
			}
		}
		return false;
	}

	/** Number of ancestors. */
	public int depth() {
		return parent == null ? 0 : parent.depth() + 1;
	}

	public String label() {
		return label;
	}

	public void setLabel(String label) {
		this.label = label == null ? "" : label;
	}

	public String tooltip() {
		return tooltip;
	}

	public void setTooltip(String tooltip) {
		this.tooltip = tooltip == null ? "" : tooltip;
	}

	public NodeAppearance appearance() {
		return appearance;
	}

	public void setAppearance(NodeAppearance appearance) {
		this.appearance = appearance;
	}

	/** The label as wrapped for drawing; set by the layout so that sizes and drawing agree. */
	public List<String> labelLines() {
		return labelLines;
	}

	public void setLabelLines(List<String> lines) {
		this.labelLines = List.copyOf(lines);
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public void setPosition(double newX, double newY) {
		this.x = newX;
		this.y = newY;
	}

	public void setSize(double newWidth, double newHeight) {
		this.width = newWidth;
		this.height = newHeight;
	}

	/** Bounds relative to the parent. */
	public Rect bounds() {
		return new Rect(x, y, width, height);
	}

	/** Bounds in diagram coordinates. */
	public Rect absoluteBounds() {
		double ax = x;
		double ay = y;
		for (DiagramNode p = parent; p != null; p = p.parent) {
			ax += p.x;
			ay += p.y;
		}
		return new Rect(ax, ay, width, height);
	}

	/** Whether the layout keeps this node where the user put it. */
	public boolean isPinned() {
		return pinned;
	}

	public void setPinned(boolean pinned) {
		this.pinned = pinned;
	}

	@Override
	public String toString() {
		return "Node[" + key + "]";
	}
}
