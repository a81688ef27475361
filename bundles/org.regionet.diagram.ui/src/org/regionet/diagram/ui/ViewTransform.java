package org.regionet.diagram.ui;

/**
 * Zoom and scroll of a diagram view: a screen point is {@code model × zoom − scroll}. Pure arithmetic, so the
 * editor's coordinate handling is testable without a display.
 */
public final class ViewTransform {

	public static final double MIN_ZOOM = 0.1;
	public static final double MAX_ZOOM = 4.0;

	private double zoom = 1;
	private double scrollX;
	private double scrollY;

	public double zoom() {
		return zoom;
	}

	public double scrollX() {
		return scrollX;
	}

	public double scrollY() {
		return scrollY;
	}

	public double toModelX(double screenX) {
		return (screenX + scrollX) / zoom;
	}

	public double toModelY(double screenY) {
		return (screenY + scrollY) / zoom;
	}

	public double toScreenX(double modelX) {
		return modelX * zoom - scrollX;
	}

	public double toScreenY(double modelY) {
		return modelY * zoom - scrollY;
	}

	/** Zooms by {@code factor}, keeping the model point under the screen point where it is. */
	public void zoomAt(double factor, double screenX, double screenY) {
		double mx = toModelX(screenX);
		double my = toModelY(screenY);
		zoom = clamp(zoom * factor, MIN_ZOOM, MAX_ZOOM);
		scrollX = mx * zoom - screenX;
		scrollY = my * zoom - screenY;
	}

	/** Shows the whole page in the view, never enlarged beyond 100 %. */
	public void fit(double pageWidth, double pageHeight, double viewWidth, double viewHeight) {
		if (pageWidth <= 0 || pageHeight <= 0 || viewWidth <= 0 || viewHeight <= 0) {
			return;
		}
		zoom = clamp(Math.min(1, Math.min(viewWidth / pageWidth, viewHeight / pageHeight)), MIN_ZOOM, MAX_ZOOM);
		scrollX = 0;
		scrollY = 0;
	}

	/** Keeps the scroll position inside the zoomed page. */
	public void clampScroll(double pageWidth, double pageHeight, double viewWidth, double viewHeight) {
		scrollX = clamp(scrollX, 0, Math.max(0, pageWidth * zoom - viewWidth));
		scrollY = clamp(scrollY, 0, Math.max(0, pageHeight * zoom - viewHeight));
	}

	public void scrollTo(double x, double y) {
		scrollX = x;
		scrollY = y;
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}
}
