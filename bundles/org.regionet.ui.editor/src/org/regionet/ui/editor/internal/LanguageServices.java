package org.regionet.ui.editor.internal;

import java.util.concurrent.CompletableFuture;

import org.regionet.dsl.ide.RegioNetIdeSetup;

import com.google.inject.Injector;

/**
 * The one Guice injector of the RegioNet IDE services that every editor, reconciler and handler of this bundle
 * shares. Creating it takes a second or two, so it is started in the background by the first user and callers on
 * the UI thread only ask whether it is ready.
 */
public final class LanguageServices {

	private static final CompletableFuture<Injector> INJECTOR = new CompletableFuture<>();
	private static boolean started;

	private LanguageServices() {
	}

	/** Blocks until the injector exists; call from jobs and tests, never from the UI thread. */
	public static Injector injector() {
		start();
		return INJECTOR.join();
	}

	/** The injector if it has been created already, else {@code null}; safe on the UI thread. */
	public static Injector injectorIfReady() {
		start();
		return INJECTOR.getNow(null);
	}

	/** Starts creating the injector on a background thread unless that has happened already. */
	public static synchronized void start() {
		if (started) {
			return;
		}
		started = true;
		Thread thread = new Thread(LanguageServices::create, "RegioNet language services");
		thread.setDaemon(true);
		thread.start();
	}

	private static void create() {
		try {
			INJECTOR.complete(new RegioNetIdeSetup().createInjectorAndDoEMFRegistration());
		} catch (Throwable e) {
			INJECTOR.completeExceptionally(e);
		}
	}
}
