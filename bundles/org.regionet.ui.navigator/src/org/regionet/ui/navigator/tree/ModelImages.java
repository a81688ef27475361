package org.regionet.ui.navigator.tree;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.osgi.framework.FrameworkUtil;
import org.regionet.ui.navigator.model.ElementKind;

/** The icon of each kind of model node, from {@code icons/<kind>.svg}; owned by one label provider. */
final class ModelImages {

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final Map<String, Image> images = new HashMap<>();

	Image of(ElementKind kind) {
		return image(kind.iconName());
	}

	Image loading() {
		return image("loading.svg");
	}

	private Image image(String name) {
		// An icon that cannot be rasterised is remembered as null, so it does not fail again on every paint.
		return images.computeIfAbsent(name, this::load);
	}

	private Image load(String name) {
		var bundle = FrameworkUtil.getBundle(ModelImages.class);
		URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString("icons/" + name));
		if (url == null) {
			return null;
		}
		try {
			ImageDescriptor descriptor = ImageDescriptor.createFromURL(url);
			return descriptor.getImageData(100) == null ? null : resources.create(descriptor);
		} catch (RuntimeException e) {
			return null;
		}
	}

	void dispose() {
		resources.dispose();
		images.clear();
	}
}
