package org.regionet.ui.navigator.tree;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.regionet.ui.navigator.internal.ElementKinds;
import org.regionet.ui.navigator.internal.Messages;
import org.regionet.ui.navigator.model.ModelNode;

/** "Title (name)" with an icon per kind; the status line shows the kind and the file. */
public class ModelLabelProvider extends LabelProvider implements ICommonLabelProvider {

	private final ModelImages images = new ModelImages();

	@Override
	public void init(ICommonContentExtensionSite site) {
		// no configuration
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ModelNode node) {
			return node.label();
		}
		if (element instanceof LoadingNode) {
			return Messages.Tree_loading;
		}
		return null;
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ModelNode node) {
			return images.of(node.kind());
		}
		if (element instanceof LoadingNode) {
			return images.loading();
		}
		return null;
	}

	@Override
	public String getDescription(Object element) {
		if (element instanceof ModelNode node) {
			return NLS.bind(Messages.Tree_description, new Object[] { ElementKinds.label(node.kind()), node.label(),
					node.file().getFullPath().toString() });
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	@Override
	public void restoreState(IMemento memento) {
		// stateless
	}

	@Override
	public void saveState(IMemento memento) {
		// stateless
	}
}
