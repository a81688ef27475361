package org.regionet.ui.editor.bench;

import java.util.Locale;

/**
 * A large, valid model file shaped like a region's real one: regions, actors, fields, target groups, committees
 * and mostly activities that reference them, so completion and linking see many candidates.
 */
final class BenchModelGenerator {

	private BenchModelGenerator() {
	}

	/** A file of at least {@code lines} lines. */
	static String generate(int lines) {
		StringBuilder text = new StringBuilder(lines * 32);
		text.append("namespace nrw.bench\n\n");
		int regions = 8;
		for (int r = 0; r < regions; r++) {
			text.append("region Region_").append(r).append(" \"Region ").append(r).append("\"\n");
		}
		for (int f = 0; f < 6; f++) {
			text.append("field Feld_").append(f).append(" \"Handlungsfeld ").append(f).append("\"\n");
		}
		for (int g = 0; g < 10; g++) {
			text.append("target-group Gruppe_").append(g).append(" \"Zielgruppe ").append(g).append("\"\n");
		}
		int actors = Math.max(20, lines / 40);
		for (int a = 0; a < actors; a++) {
			text.append(String.format(Locale.ROOT,
					"actor Akteur_%d \"Akteur %d\" {%n\tkind education-provider%n\tregion Region_%d%n}%n", a, a,
					a % regions));
		}
		int activity = 0;
		while (count(text) < lines) {
			text.append(String.format(Locale.ROOT, """
					// Aktivität %d
					activity Aktivitaet_%d "Beratungsangebot Nummer %d" {
						type counselling
						status running
						region Region_%d
						fields Feld_%d
						lead Akteur_%d
						partners Akteur_%d, Akteur_%d
						targets Gruppe_%d
						period 2024-01 .. 2025-12
						description "Beratung und Begleitung für Betriebe und Beschäftigte, Angebot %d."
					}
					""", activity, activity, activity, activity % regions, activity % 6, activity % actors,
					(activity + 1) % actors, (activity + 7) % actors, activity % 10, activity));
			activity++;
		}
		return text.toString();
	}

	static int count(CharSequence text) {
		int lines = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}
}
