package org.regionet.diagram.sidecar;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.regionet.diagram.view.Point;

import com.google.gson.JsonElement;

/**
 * What the sidecar keeps for one representation: the chosen algorithm, the layers and filters switched on (absent:
 * the description's defaults), and pinned node positions by node key. Sorted, so the file is written the same way
 * every time. Entries this version does not know are kept and written back.
 */
public final class RepresentationLayout {

	private String algorithm;
	private SortedSet<String> layers;
	private SortedSet<String> filters;
	private final SortedMap<String, Point> pinned = new TreeMap<>();
	final SortedMap<String, JsonElement> unknown = new TreeMap<>();

	public Optional<String> algorithm() {
		return Optional.ofNullable(algorithm);
	}

	public void setAlgorithm(String algorithm) {
		this.algorithm = algorithm == null || algorithm.isBlank() ? null : algorithm;
	}

	public Optional<Set<String>> layers() {
		return Optional.ofNullable(layers).map(Collections::unmodifiableSet);
	}

	public void setLayers(Set<String> names) {
		layers = names == null ? null : new TreeSet<>(names);
	}

	public Optional<Set<String>> filters() {
		return Optional.ofNullable(filters).map(Collections::unmodifiableSet);
	}

	public void setFilters(Set<String> names) {
		filters = names == null ? null : new TreeSet<>(names);
	}

	/** Pinned positions (relative to the parent node), by node key. */
	public Map<String, Point> pinned() {
		return Collections.unmodifiableSortedMap(pinned);
	}

	/** Pins a node; positions are rounded to whole pixels to keep diffs quiet. */
	public void pin(String key, double x, double y) {
		pinned.put(key, new Point(Math.round(x), Math.round(y)));
	}

	/** Keeps a position as read, so reading and writing a file changes nothing. */
	void pinExactly(String key, double x, double y) {
		pinned.put(key, new Point(x, y));
	}

	public void unpin(String key) {
		pinned.remove(key);
	}

	boolean isEmpty() {
		return algorithm == null && layers == null && filters == null && pinned.isEmpty() && unknown.isEmpty();
	}
}
