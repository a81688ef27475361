package org.regionet.ui.editor.internal.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Injector;

/**
 * All model files of one project in one resource set with a shared index, so that links between files resolve while
 * a file is being edited. Files open in an editor take their text from the editor; the others from the workspace.
 * <p>
 * A resource set is not thread-safe: every access goes through {@link #read} (waiting for the lock, for jobs) or
 * {@link #tryRead} (never waiting, for the UI thread). Jobs that use the model should use {@link #rule()} so they
 * queue instead of blocking each other.
 */
public final class ProjectModel {

	/** Work on the resource of one file while the model is locked and in sync with the given text. */
	@FunctionalInterface
	public interface Work<T> {
		T run(XtextResource resource);
	}

	private final ReentrantLock lock = new ReentrantLock();
	private final ISchedulingRule rule = new ExclusiveRule();
	private final Injector injector;
	private final ModelSource source;
	/** Files whose text comes from an editor; the saved text of these is ignored. */
	private final Set<URI> editorFiles = ConcurrentHashMap.newKeySet();
	/** Files changed in the workspace since they were loaded. */
	private final Set<URI> stale = ConcurrentHashMap.newKeySet();
	private final List<Consumer<URI>> listeners = new CopyOnWriteArrayList<>();

	private XtextResourceSet resourceSet;
	private ResourceDescriptionsData index;
	/** Resources whose model was changed behind their text (by a quick fix or rename) and must be parsed again. */
	private final Set<URI> dirtyModels = new HashSet<>();

	public ProjectModel(Injector injector, ModelSource source) {
		this.injector = injector;
		this.source = source;
	}

	public ISchedulingRule rule() {
		return rule;
	}

	public Injector injector() {
		return injector;
	}

	/** From now on the text of {@code file} comes from an editor. */
	public void connectEditor(URI file) {
		editorFiles.add(file);
	}

	/** The editor of {@code file} was closed: its saved text counts again. */
	public void disconnectEditor(URI file) {
		editorFiles.remove(file);
		stale.add(file);
	}

	/** A file was added, changed or removed in the workspace; it is read again the next time the model is used. */
	public void fileChanged(URI file) {
		if (!editorFiles.contains(file)) {
			stale.add(file);
			notifyChanged(file);
		}
	}

	/** Listeners learn which file changed its text, so editors of other files can check their links again. */
	public void addChangeListener(Consumer<URI> listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Consumer<URI> listener) {
		listeners.remove(listener);
	}

	/**
	 * Brings the resource of {@code file} in sync with {@code text} and runs {@code work} on it, waiting for the
	 * lock as long as needed. For jobs and other background threads.
	 */
	public <T> T read(URI file, String text, Work<T> work) throws InterruptedException {
		lock.lockInterruptibly();
		try {
			return work.run(sync(file, text));
		} finally {
			lock.unlock();
		}
	}

	/** Like {@link #read} but gives up after {@code millis}; for threads that must answer quickly (hovers). */
	public <T> Optional<T> read(URI file, String text, long millis, Work<T> work) throws InterruptedException {
		if (!lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(work.run(sync(file, text)));
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Runs {@code work} on the saved text of {@code file}; {@code null} when the file is open in an editor (whose
	 * text counts instead) or does not exist.
	 */
	public <T> T readSaved(URI file, Work<T> work) throws InterruptedException {
		lock.lockInterruptibly();
		try {
			ensureLoaded();
			refreshStale();
			if (editorFiles.contains(file)) {
				return null;
			}
			XtextResource resource = (XtextResource) resourceSet.getResource(file, false);
			if (resource != null && dirtyModels.remove(file)) {
				reparse(resource, textOf(resource));
			}
			return resource == null ? null : work.run(resource);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * Runs {@code work} only if the model is free and already in sync with {@code text}; never parses and never
	 * waits, so the UI thread may call it.
	 */
	public <T> Optional<T> tryRead(URI file, String text, Work<T> work) {
		if (!lock.tryLock()) {
			return Optional.empty();
		}
		try {
			if (resourceSet == null || !stale.isEmpty() || dirtyModels.contains(file)) {
				return Optional.empty();
			}
			XtextResource resource = (XtextResource) resourceSet.getResource(file, false);
			if (resource == null || !text.equals(textOf(resource))) {
				return Optional.empty();
			}
			return Optional.ofNullable(work.run(resource));
		} finally {
			lock.unlock();
		}
	}

	/**
	 * The resource set with every file in sync; for work that spans files (rename). The caller must hold no other
	 * model lock. Editor texts are passed in because only the UI thread may read documents.
	 */
	public <T> T readAll(Map<URI, String> editorTexts, java.util.function.Function<XtextResourceSet, T> work)
			throws InterruptedException {
		lock.lockInterruptibly();
		try {
			ensureLoaded();
			refreshStale();
			for (Map.Entry<URI, String> entry : editorTexts.entrySet()) {
				sync(entry.getKey(), entry.getValue());
			}
			return work.apply(resourceSet);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * The model of {@code file} was changed in memory (a recorded change); the next use parses its text again.
	 * Call while holding the lock, i.e. from inside a {@link Work}.
	 */
	public void modelChangedBehindText(URI file) {
		dirtyModels.add(file);
	}

	/** All URIs currently in the model; call from inside a {@link Work}. */
	public List<URI> files() {
		List<URI> uris = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			uris.add(resource.getURI());
		}
		return uris;
	}

	private XtextResource sync(URI file, String text) {
		ensureLoaded();
		refreshStale();
		XtextResource resource = (XtextResource) resourceSet.getResource(file, false);
		if (resource == null) {
			resource = create(file, text);
			updateIndex(resource);
			notifyChanged(file);
		} else if (dirtyModels.remove(file) || !text.equals(textOf(resource))) {
			reparse(resource, text);
			updateIndex(resource);
			notifyChanged(file);
		}
		return resource;
	}

	private void ensureLoaded() {
		if (resourceSet != null) {
			return;
		}
		resourceSet = injector.getInstance(XtextResourceSet.class);
		for (URI file : source.modelFiles()) {
			String text = readSaved(file);
			if (text != null) {
				create(file, text);
			}
		}
		// First an index of the lazy descriptions, so that links between files resolve; then the final copies.
		List<IResourceDescription> lazy = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			lazy.add(describe(resource));
		}
		install(new ResourceDescriptionsData(lazy));
		List<IResourceDescription> copies = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			copies.add(SerializableResourceDescription.createCopy(describe(resource)));
		}
		install(new ResourceDescriptionsData(copies));
	}

	private void refreshStale() {
		if (stale.isEmpty()) {
			return;
		}
		for (URI file : List.copyOf(stale)) {
			stale.remove(file);
			if (editorFiles.contains(file)) {
				continue;
			}
			String text = readSaved(file);
			XtextResource resource = (XtextResource) resourceSet.getResource(file, false);
			if (text == null && resource != null) {
				remove(resource);
			} else if (text != null && resource == null) {
				updateIndex(create(file, text));
			} else if (text != null && !text.equals(textOf(resource))) {
				reparse(resource, text);
				updateIndex(resource);
			}
		}
	}

	private String readSaved(URI file) {
		try {
			return source.read(file);
		} catch (IOException e) {
			// An unreadable file takes no part in linking; the editor of that file reports the error itself.
			return null;
		}
	}

	private XtextResource create(URI file, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(file);
		try {
			resource.load(new LazyStringInputStream(text), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static void reparse(XtextResource resource, String text) {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void remove(XtextResource resource) {
		URI uri = resource.getURI();
		resource.unload();
		resourceSet.getResources().remove(resource);
		ResourceDescriptionsData next = index.copy();
		next.removeDescription(uri);
		install(next);
		relinkOthers(uri);
		notifyChanged(uri);
	}

	/**
	 * Puts the new description of {@code resource} into a new index (the validator caches facts per index
	 * instance). When the exported names changed, the other files are linked again, since their links may now
	 * resolve differently.
	 */
	private void updateIndex(XtextResource resource) {
		URI uri = resource.getURI();
		IResourceDescription before = index.getResourceDescription(uri);
		IResourceDescription after = SerializableResourceDescription.createCopy(describe(resource));
		ResourceDescriptionsData next = index.copy();
		next.addDescription(uri, after);
		install(next);
		if (!sameExports(before, after)) {
			relinkOthers(uri);
		}
	}

	private void relinkOthers(URI changed) {
		List<XtextResource> others = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getURI().equals(changed) && resource instanceof XtextResource xtext && xtext.isLoaded()) {
				xtext.relink();
				others.add(xtext);
			}
		}
		ResourceDescriptionsData next = index.copy();
		for (XtextResource other : others) {
			next.addDescription(other.getURI(), SerializableResourceDescription.createCopy(describe(other)));
		}
		install(next);
	}

	private IResourceDescription describe(Resource resource) {
		return injector.getInstance(IResourceDescription.Manager.class).getResourceDescription(resource);
	}

	private void install(ResourceDescriptionsData data) {
		resourceSet.eAdapters().removeIf(ResourceDescriptionsData.ResourceSetAdapter.class::isInstance);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, data);
		index = data;
	}

	static boolean sameExports(IResourceDescription before, IResourceDescription after) {
		if (before == null || after == null) {
			return before == after;
		}
		List<IEObjectDescription> a = new ArrayList<>();
		before.getExportedObjects().forEach(a::add);
		List<IEObjectDescription> b = new ArrayList<>();
		after.getExportedObjects().forEach(b::add);
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			IEObjectDescription x = a.get(i);
			IEObjectDescription y = b.get(i);
			if (!x.getName().equals(y.getName()) || x.getEClass() != y.getEClass()
					|| !x.getEObjectURI().equals(y.getEObjectURI()) || !sameUserData(x, y)) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameUserData(IEObjectDescription x, IEObjectDescription y) {
		String[] keys = x.getUserDataKeys();
		if (keys.length != y.getUserDataKeys().length) {
			return false;
		}
		for (String key : keys) {
			if (!Objects.equals(x.getUserData(key), y.getUserData(key))) {
				return false;
			}
		}
		return true;
	}

	static String textOf(XtextResource resource) {
		return resource.getParseResult() == null ? null : resource.getParseResult().getRootNode().getText();
	}

	private void notifyChanged(URI file) {
		for (Consumer<URI> listener : listeners) {
			listener.accept(file);
		}
	}

	/** A rule that conflicts only with itself: jobs on one project model run one after another. */
	private static final class ExclusiveRule implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule other) {
			return other == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule other) {
			return other == this;
		}
	}
}
