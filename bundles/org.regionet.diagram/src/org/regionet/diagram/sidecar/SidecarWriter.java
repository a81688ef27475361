package org.regionet.diagram.sidecar;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.regionet.diagram.view.Point;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Writes sidecar JSON made for Git: keys sorted at every level, one pinned node per line, whole-pixel coordinates,
 * LF line ends and a final newline.
 */
final class SidecarWriter {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private SidecarWriter() {
	}

	/** The text written for a sidecar. */
	static String format(LayoutSidecar sidecar) {
		StringBuilder out = new StringBuilder("{\n");
		out.append("  \"format\": ").append(quote(SidecarJson.FORMAT));
		SortedMap<String, String> top = new TreeMap<>();
		SortedMap<String, RepresentationLayout> nonEmpty = new TreeMap<>();
		sidecar.representations().forEach((id, layout) -> {
			if (!layout.isEmpty()) {
				nonEmpty.put(id, layout);
			}
		});
		top.put("representations", representations(nonEmpty));
		sidecar.unknown.forEach((key, value) -> top.put(key, GSON.toJson(value)));
		top.forEach((key, value) -> out.append(",\n  ").append(quote(key)).append(": ").append(value));
		return out.append("\n}\n").toString();
	}

	private static String representations(SortedMap<String, RepresentationLayout> layouts) {
		if (layouts.isEmpty()) {
			return "{}";
		}
		StringBuilder out = new StringBuilder("{");
		String separator = "\n";
		for (Map.Entry<String, RepresentationLayout> entry : layouts.entrySet()) {
			out.append(separator).append("    ").append(quote(entry.getKey())).append(": ")
					.append(representation(entry.getValue()));
			separator = ",\n";
		}
		return out.append("\n  }").toString();
	}

	private static String representation(RepresentationLayout layout) {
		SortedMap<String, String> fields = new TreeMap<>();
		layout.algorithm().ifPresent(a -> fields.put("algorithm", quote(a)));
		layout.layers().ifPresent(l -> fields.put("layers", list(l)));
		layout.filters().ifPresent(f -> fields.put("filters", list(f)));
		fields.put("pinned", pinned(layout.pinned()));
		layout.unknown.forEach((key, value) -> fields.put(key, GSON.toJson(value)));
		StringBuilder out = new StringBuilder("{");
		String separator = "\n";
		for (Map.Entry<String, String> field : fields.entrySet()) {
			out.append(separator).append("      ").append(quote(field.getKey())).append(": ").append(field.getValue());
			separator = ",\n";
		}
		return out.append("\n    }").toString();
	}

	private static String pinned(Map<String, Point> pins) {
		if (pins.isEmpty()) {
			return "{}";
		}
		StringBuilder out = new StringBuilder("{");
		String separator = "\n";
		for (Map.Entry<String, Point> pin : pins.entrySet()) {
			out.append(separator).append("        ").append(quote(pin.getKey())).append(": {\"x\": ")
					.append(number(pin.getValue().x())).append(", \"y\": ").append(number(pin.getValue().y())).append('}');
			separator = ",\n";
		}
		return out.append("\n      }").toString();
	}

	private static String list(Set<String> names) {
		return "[" + String.join(", ", names.stream().map(SidecarWriter::quote).toList()) + "]";
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	private static String quote(String text) {
		return GSON.toJson(text);
	}

}
