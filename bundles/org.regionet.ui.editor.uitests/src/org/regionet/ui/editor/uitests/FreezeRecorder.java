package org.regionet.ui.editor.uitests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.eclipse.ui.monitoring.IUiFreezeEventLogger;
import org.eclipse.ui.monitoring.UiFreezeEvent;

/**
 * Logger of org.eclipse.ui.monitoring (registered in fragment.xml): keeps every reported UI freeze for
 * {@link NoUiFreezes}. The monitor calls it on its own thread.
 */
public class FreezeRecorder implements IUiFreezeEventLogger {

	private static final ConcurrentLinkedQueue<UiFreezeEvent> EVENTS = new ConcurrentLinkedQueue<>();

	@Override
	public void log(UiFreezeEvent event) {
		EVENTS.add(event);
	}

	/** The freezes reported since the last call. */
	static List<UiFreezeEvent> drain() {
		List<UiFreezeEvent> events = new ArrayList<>();
		UiFreezeEvent event;
		while ((event = EVENTS.poll()) != null) {
			events.add(event);
		}
		return events;
	}
}
