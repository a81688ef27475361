package org.regionet.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.regionet.diagram.ui.ViewTransform;

class ViewTransformTest {

	@Test
	void zoomKeepsThePointUnderTheCursor() {
		ViewTransform view = new ViewTransform();
		view.scrollTo(40, 10);
		double mx = view.toModelX(200);
		double my = view.toModelY(150);
		view.zoomAt(2, 200, 150);
		assertEquals(2, view.zoom(), 1e-9);
		assertEquals(mx, view.toModelX(200), 1e-9);
		assertEquals(my, view.toModelY(150), 1e-9);
		assertEquals(200, view.toScreenX(mx), 1e-9);
	}

	@Test
	void zoomIsBounded() {
		ViewTransform view = new ViewTransform();
		for (int i = 0; i < 50; i++) {
			view.zoomAt(2, 0, 0);
		}
		assertEquals(ViewTransform.MAX_ZOOM, view.zoom(), 1e-9);
		for (int i = 0; i < 100; i++) {
			view.zoomAt(0.5, 0, 0);
		}
		assertEquals(ViewTransform.MIN_ZOOM, view.zoom(), 1e-9);
	}

	@Test
	void fitShowsTheWholePageButNeverEnlarges() {
		ViewTransform view = new ViewTransform();
		view.fit(2000, 1000, 1000, 800);
		assertEquals(0.5, view.zoom(), 1e-9);
		view.fit(100, 100, 1000, 800);
		assertEquals(1.0, view.zoom(), 1e-9);
	}

	@Test
	void scrollStaysInsideThePage() {
		ViewTransform view = new ViewTransform();
		view.scrollTo(5000, -20);
		view.clampScroll(1000, 1000, 400, 300);
		assertEquals(600, view.scrollX(), 1e-9);
		assertEquals(0, view.scrollY(), 1e-9);
	}
}
