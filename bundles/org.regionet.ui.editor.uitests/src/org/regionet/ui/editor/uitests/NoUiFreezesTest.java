package org.regionet.ui.editor.uitests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

/**
 * The freeze check itself: work posted to the UI thread that blocks it longer than the threshold must fail the
 * test; short work must not. (The monitor measures dispatched work, such as asyncExec runnables and input events,
 * not the test method itself, which runs outside the event loop's bookkeeping.)
 */
class NoUiFreezesTest {

	/**
	 * The monitor drops a freeze when its own thread was starved of CPU meanwhile (to avoid blaming the UI on a busy
	 * machine), so on a loaded build machine one attempt may go unreported; three in a row may not.
	 */
	private static final int ATTEMPTS = 3;

	@Test
	void aBlockedUiThreadFailsTheTest() {
		NoUiFreezes.startMonitoring();
		NoUiFreezes check = new NoUiFreezes();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			check.beforeEach(null);
			Display.getCurrent().asyncExec(() -> block(3 * NoUiFreezes.THRESHOLD_MILLIS));
			try {
				check.check("a blocking test");
			} catch (AssertionError failure) {
				System.out.println("NoUiFreezes reported, as expected (attempt " + attempt + "): " + failure.getMessage());
				assertTrue(failure.getMessage().startsWith("UI thread froze during a blocking test"),
						failure.getMessage());
				assertTrue(failure.getMessage().contains("NoUiFreezesTest.block"), failure.getMessage());
				return;
			}
		}
		fail("a UI thread blocked for " + 3 * NoUiFreezes.THRESHOLD_MILLIS + " ms was not reported in " + ATTEMPTS
				+ " attempts");
	}

	@Test
	void shortWorkPasses() {
		NoUiFreezes.startMonitoring();
		NoUiFreezes check = new NoUiFreezes();
		check.beforeEach(null);
		for (int i = 0; i < 5; i++) {
			Display.getCurrent().asyncExec(() -> block(NoUiFreezes.THRESHOLD_MILLIS / 5));
		}
		check.check("a test with short work");
	}

	private static void block(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
