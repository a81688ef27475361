package org.regionet.diagram.sidecar;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** Parses sidecar JSON strictly, naming the file, the place and the cause of any problem. */
final class SidecarReader {

	private static final Gson GSON = new Gson();

	private SidecarReader() {
	}

	/** Parses sidecar text; {@code file} is only used in messages. */
	static LayoutSidecar parse(String text, Path file) throws SidecarException {
		checkConflictMarkers(text, file);
		JsonElement root;
		try (JsonReader reader = new JsonReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
			reader.setLenient(false);
			root = GSON.getAdapter(JsonElement.class).read(reader);
			if (reader.peek() != JsonToken.END_DOCUMENT) {
				throw new SidecarException(file, "unexpected content after the JSON object");
			}
		} catch (IOException | JsonParseException | IllegalStateException e) {
			if (e instanceof SidecarException sidecar) {
				throw sidecar;
			}
			throw new SidecarException(file, "malformed JSON: " + e.getMessage(), e);
		}
		if (root == null || !root.isJsonObject()) {
			throw new SidecarException(file, "expected a JSON object");
		}
		return toSidecar(root.getAsJsonObject(), file);
	}

	private static void checkConflictMarkers(String text, Path file) throws SidecarException {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith("<<<<<<<") || lines[i].startsWith(">>>>>>>") || lines[i].startsWith("=======")) {
				throw new SidecarException(file, "unresolved Git merge conflict at line " + (i + 1)
						+ "; resolve it, or delete the file to lose only the pinned positions");
			}
		}
	}

	private static LayoutSidecar toSidecar(JsonObject root, Path file) throws SidecarException {
		JsonElement format = root.get("format");
		if (format == null || !format.isJsonPrimitive() || !SidecarJson.FORMAT.equals(format.getAsString())) {
			throw new SidecarException(file, "not a layout sidecar of this version (\"format\" must be \""
					+ SidecarJson.FORMAT + "\", found " + (format == null ? "none" : format) + ")");
		}
		LayoutSidecar sidecar = new LayoutSidecar();
		for (Map.Entry<String, JsonElement> entry : root.entrySet()) {
			switch (entry.getKey()) {
				case "format" -> {
					// checked above
				}
				case "representations" -> {
					JsonObject representations = object(entry.getValue(), "representations", file);
					for (Map.Entry<String, JsonElement> rep : representations.entrySet()) {
						readRepresentation(object(rep.getValue(), rep.getKey(), file), sidecar.representation(rep.getKey()),
								rep.getKey(), file);
					}
				}
				default -> sidecar.unknown.put(entry.getKey(), entry.getValue());
			}
		}
		return sidecar;
	}

	private static void readRepresentation(JsonObject json, RepresentationLayout layout, String id, Path file)
			throws SidecarException {
		for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
			String where = id + "." + entry.getKey();
			switch (entry.getKey()) {
				case "algorithm" -> layout.setAlgorithm(string(entry.getValue(), where, file));
				case "layers" -> layout.setLayers(strings(entry.getValue(), where, file));
				case "filters" -> layout.setFilters(strings(entry.getValue(), where, file));
				case "pinned" -> {
					for (Map.Entry<String, JsonElement> pin : object(entry.getValue(), where, file).entrySet()) {
						JsonObject position = object(pin.getValue(), where + "." + pin.getKey(), file);
						layout.pinExactly(pin.getKey(), number(position.get("x"), where + "." + pin.getKey() + ".x", file),
								number(position.get("y"), where + "." + pin.getKey() + ".y", file));
					}
				}
				default -> layout.unknown.put(entry.getKey(), entry.getValue());
			}
		}
	}

	private static JsonObject object(JsonElement element, String where, Path file) throws SidecarException {
		if (element == null || !element.isJsonObject()) {
			throw new SidecarException(file, where + ": expected an object");
		}
		return element.getAsJsonObject();
	}

	private static String string(JsonElement element, String where, Path file) throws SidecarException {
		if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
			throw new SidecarException(file, where + ": expected a string");
		}
		return element.getAsString();
	}

	private static Set<String> strings(JsonElement element, String where, Path file) throws SidecarException {
		if (element == null || !element.isJsonArray()) {
			throw new SidecarException(file, where + ": expected a list of names");
		}
		Set<String> names = new TreeSet<>();
		for (JsonElement item : element.getAsJsonArray()) {
			names.add(string(item, where, file));
		}
		return names;
	}

	private static double number(JsonElement element, String where, Path file) throws SidecarException {
		if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()
				|| !Double.isFinite(element.getAsDouble())) {
			throw new SidecarException(file, where + ": expected a number");
		}
		return element.getAsDouble();
	}

}
