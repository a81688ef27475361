package org.regionet.diagram.view;

/** An axis-parallel rectangle in diagram coordinates. */
public record Rect(double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	/** Whether the interiors overlap (touching edges do not count). */
	public boolean intersects(Rect other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	public boolean contains(Rect other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}

	public Rect grow(double margin) {
		return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
	}
}
