package org.regionet.ui.editor.internal.outline;

import java.net.URL;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.osgi.framework.FrameworkUtil;
import org.regionet.ui.editor.internal.outline.OutlineNode.Kind;

/** One icon per kind of outline entry, from {@code icons/outline/<kind>.svg}; disposed with the control. */
public final class OutlineImages {

	private final LocalResourceManager resources;
	private final Map<Kind, Image> images = new EnumMap<>(Kind.class);

	public OutlineImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	public Image of(Kind kind) {
		if (!images.containsKey(kind)) {
			images.put(kind, load("icons/outline/" + kind.name().toLowerCase(Locale.ROOT) + ".svg"));
		}
		return images.get(kind);
	}

	/**
	 * Loads an icon, or returns {@code null} when it cannot be rasterised (SVG needs the swt.svg fragment and its
	 * service loader); an image that failed to load would otherwise fail again on every paint.
	 */
	private Image load(String path) {
		ImageDescriptor descriptor = descriptor(path);
		if (descriptor == null) {
			return null;
		}
		try {
			if (descriptor.getImageData(100) == null) {
				return null;
			}
			return resources.create(descriptor);
		} catch (RuntimeException e) {
			return null;
		}
	}

	static ImageDescriptor descriptor(String path) {
		var bundle = FrameworkUtil.getBundle(OutlineImages.class);
		URL url = bundle == null ? null : FileLocator.find(bundle, new Path(path));
		return url == null ? null : ImageDescriptor.createFromURL(url);
	}
}
