package org.regionet.ui.editor.internal.navigate;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IWorkbenchPage;
import org.regionet.ui.editor.internal.EditorSession;
import org.regionet.ui.editor.internal.model.DocumentSnapshot;
import org.regionet.ui.editor.internal.model.ProjectModel;

/**
 * Offers a link on every resolved reference. Detection runs on the UI thread while the mouse moves, so it only
 * uses a model that is free and already in sync with the text; otherwise there is simply no link this time.
 */
public class RegioHyperlinkDetector extends AbstractHyperlinkDetector {

	private final EditorSession session;
	private final java.util.function.Supplier<IWorkbenchPage> page;

	public RegioHyperlinkDetector(EditorSession session, java.util.function.Supplier<IWorkbenchPage> page) {
		this.session = session;
		this.page = page;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		ProjectModel model = session.modelIfReady();
		if (model == null || region == null) {
			return null;
		}
		DocumentSnapshot snapshot = session.snapshot();
		return model.tryRead(session.uri(), snapshot.text(), resource -> {
			ElementLocator.Hit hit = ElementLocator.referenceAt(resource, region.getOffset());
			Target target = hit == null ? null : ElementLocator.targetOf(hit.element());
			if (target == null) {
				return null;
			}
			String name = snapshot.text().substring(hit.offset(), hit.offset() + hit.length());
			return new IHyperlink[] { new ElementHyperlink(hit.offset(), hit.length(), target, name, page) };
		}).orElse(null);
	}
}
