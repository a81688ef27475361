package org.regionet.ui.editor.uitests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.internal.monitoring.MonitoringStartup;
import org.eclipse.ui.monitoring.PreferenceConstants;
import org.eclipse.ui.monitoring.StackSample;
import org.eclipse.ui.monitoring.UiFreezeEvent;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test during which org.eclipse.ui.monitoring saw the UI thread blocked for more than
 * {@value #THRESHOLD_MILLIS} ms by dispatched work (input events, asyncExec/syncExec runnables, timers): what a user
 * would feel as a frozen window. Use with {@code @ExtendWith(NoUiFreezes.class)} on a test that runs on the UI thread
 * and spins the event loop while it waits; the test method's own code is not measured.
 */
public class NoUiFreezes implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

	static final int THRESHOLD_MILLIS = 500;
	/** How long to keep dispatching before the freezes are read; the monitor publishes within milliseconds. */
	private static final int QUIET_MILLIS = 300;
	private static final String MONITOR_THREAD = "Event Loop Monitor";
	private static boolean started;

	@Override
	public void beforeAll(ExtensionContext context) {
		startMonitoring();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		settle();
		FreezeRecorder.drain();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		check(context.getDisplayName());
	}

	/** Fails if a freeze over the threshold was reported since {@link #beforeEach}. */
	void check(String testName) {
		// A freeze is reported once the UI thread is free again: let the monitor see the next events.
		settle();
		List<UiFreezeEvent> freezes = FreezeRecorder.drain().stream()
				.filter(event -> event.getTotalDuration() > THRESHOLD_MILLIS).toList();
		if (!freezes.isEmpty()) {
			Assertions.fail("UI thread froze during " + testName + ":\n"
					+ freezes.stream().map(NoUiFreezes::describe).collect(Collectors.joining("\n")));
		}
	}

	/**
	 * Enables the monitor with the product's threshold. The workbench starts it at start-up when the preference is
	 * set, but not in development mode (as under Tycho's test harness), so it is started here if it is not running.
	 */
	static synchronized void startMonitoring() {
		if (started) {
			return;
		}
		started = true;
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PreferenceConstants.PLUGIN_ID);
		preferences.putInt(PreferenceConstants.LONG_EVENT_WARNING_THRESHOLD_MILLIS, THRESHOLD_MILLIS);
		preferences.putInt(PreferenceConstants.LONG_EVENT_ERROR_THRESHOLD_MILLIS, 4 * THRESHOLD_MILLIS);
		preferences.putBoolean(PreferenceConstants.LOG_TO_ERROR_LOG, false);
		preferences.putBoolean(PreferenceConstants.MONITORING_ENABLED, true);
		settle();
		if (!monitorRunning()) {
			MonitoringStartup.createAndStartMonitorThread();
		}
		settle();
		if (!monitorRunning()) {
			throw new IllegalStateException("org.eclipse.ui.monitoring did not start its " + MONITOR_THREAD);
		}
	}

	private static boolean monitorRunning() {
		return Thread.getAllStackTraces().keySet().stream()
				.anyMatch(thread -> thread.isAlive() && MONITOR_THREAD.equals(thread.getName()));
	}

	/**
	 * Dispatches events for a moment, sleeping in the display when idle so the monitor sees the UI thread idle. A
	 * dispatch that blocked for the threshold or longer extends the moment, so that the monitor (which publishes a
	 * freeze just after it ends) has reported it before the freezes are read.
	 */
	static void settle() {
		Display display = Display.getCurrent();
		if (display == null) {
			return;
		}
		long deadline = System.currentTimeMillis() + QUIET_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			long before = System.currentTimeMillis();
			boolean dispatched = display.readAndDispatch();
			long after = System.currentTimeMillis();
			if (after - before >= THRESHOLD_MILLIS) {
				deadline = Math.max(deadline, after + QUIET_MILLIS);
			}
			if (!dispatched) {
				display.timerExec(50, () -> {
					// wakes the sleep below
				});
				display.sleep();
			}
		}
	}

	private static String describe(UiFreezeEvent event) {
		StringBuilder text = new StringBuilder("  " + event.getTotalDuration() + " ms"
				+ (event.isStillRunning() ? " (still running)" : ""));
		StackSample[] samples = event.getStackTraceSamples();
		if (samples.length > 0 && samples[0].getStackTraces().length > 0) {
			StackTraceElement[] stack = samples[0].getStackTraces()[0].getStackTrace();
			for (int i = 0; i < Math.min(12, stack.length); i++) {
				text.append("\n    at ").append(stack[i]);
			}
		}
		return text.toString();
	}
}
