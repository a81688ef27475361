package org.regionet.diagram.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.regionet.diagram.text.TextMeasurer;
import org.regionet.diagram.view.Diagram;

/** A laid-out diagram as PNG, drawn with Java2D into an image (headless, no SWT). */
public final class PngExport {

	/** Larger images are drawn at a smaller scale instead of exhausting memory. */
	static final double MAX_PIXELS = 40_000_000;

	private PngExport() {
	}

	public static byte[] toPng(Diagram diagram, TextMeasurer measurer, double requestedScale) throws IOException {
		DiagramPainter painter = new DiagramPainter(measurer);
		double[] size = painter.pageSize(diagram);
		double scale = Math.min(requestedScale, Math.sqrt(MAX_PIXELS / Math.max(1, size[0] * size[1])));
		int width = Math.max(1, (int) Math.ceil(size[0] * scale));
		int height = Math.max(1, (int) Math.ceil(size[1] * scale));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		painter.paint(diagram, new Java2DSurface(image.createGraphics(), scale));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", bytes)) {
			throw new IOException("no PNG writer available in this Java runtime");
		}
		return bytes.toByteArray();
	}
}
