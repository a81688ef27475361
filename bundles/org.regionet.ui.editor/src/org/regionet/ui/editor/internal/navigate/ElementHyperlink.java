package org.regionet.ui.editor.internal.navigate;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IWorkbenchPage;
import org.regionet.ui.editor.internal.Messages;

/** A Ctrl+click link from a reference to the declaration of its element, possibly in another file. */
public class ElementHyperlink implements IHyperlink {

	private final IRegion region;
	private final Target target;
	private final String name;
	private final java.util.function.Supplier<IWorkbenchPage> page;

	public ElementHyperlink(int offset, int length, Target target, String name,
			java.util.function.Supplier<IWorkbenchPage> page) {
		this.region = new Region(offset, length);
		this.target = target;
		this.name = name;
		this.page = page;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return null;
	}

	@Override
	public String getHyperlinkText() {
		return org.eclipse.osgi.util.NLS.bind(Messages.Hyperlink_open, name);
	}

	@Override
	public void open() {
		Navigator.open(page.get(), target);
	}
}
