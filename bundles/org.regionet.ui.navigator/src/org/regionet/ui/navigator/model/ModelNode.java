package org.regionet.ui.navigator.model;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.emf.ecore.EObject;

/**
 * One node of a file's model tree in the Project Explorer. Identity is the file plus a path of names, so a node
 * read again after the file changed equals the old one and the tree keeps its expansion and selection. The
 * EObject is the element as last loaded, for labels and properties; edits always work on the current text.
 */
public final class ModelNode extends PlatformObject {

	private final IFile file;
	private final ModelNode parent;
	private final String path;
	private final ElementKind kind;
	private final String name;
	private final String title;
	private final int offset;
	private final int length;
	private final EObject element;
	private List<ModelNode> children = List.of();

	public ModelNode(IFile file, ModelNode parent, String path, ElementKind kind, String name, String title, int offset,
			int length, EObject element) {
		this.file = file;
		this.parent = parent;
		this.path = path;
		this.kind = kind;
		this.name = name;
		this.title = title;
		this.offset = offset;
		this.length = length;
		this.element = element;
	}

	void setChildren(List<ModelNode> children) {
		this.children = List.copyOf(children);
	}

	public IFile file() {
		return file;
	}

	/** The parent node, or null for a top-level node (its parent in the tree is the file). */
	public ModelNode parent() {
		return parent;
	}

	/** Identifies the node within its file, e.g. {@code /COMMITTEE:Lenkungskreis/MEMBER:RA}. */
	public String path() {
		return path;
	}

	public ElementKind kind() {
		return kind;
	}

	public String name() {
		return name;
	}

	/** The element's title, or null. */
	public String title() {
		return title;
	}

	/** Start of the text to select when the node is opened (usually its name). */
	public int offset() {
		return offset;
	}

	public int length() {
		return length;
	}

	public EObject element() {
		return element;
	}

	public List<ModelNode> children() {
		return children;
	}

	/** "Title (name)", or just the name when there is no title. */
	public String label() {
		if (title == null || title.isBlank() || title.equals(name)) {
			return name;
		}
		return title + " (" + name + ")";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelNode node && node.file.equals(file) && node.path.equals(path);
	}

	@Override
	public int hashCode() {
		return Objects.hash(file, path);
	}

	@Override
	public String toString() {
		return file.getName() + path;
	}

	/** The element as last loaded, so views that work on EObjects (the diagram) can follow this node's selection. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == EObject.class && element != null) {
			return adapter.cast(element);
		}
		return super.getAdapter(adapter);
	}
}
