package org.regionet.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic model of about {@code elements} top-level elements over many files, shaped like real regions:
 * each file holds actors, committees with members and activities that reference actors of their own and of a
 * shared core file, so linking crosses files.
 */
public final class SyntheticModelWriter {

	/** Elements per region file: region, 20 actors, 5 committees, 23 activities, 1 cooperation. */
	public static final int ELEMENTS_PER_FILE = 50;

	private SyntheticModelWriter() {
	}

	/** Writes the files into {@code dir} and returns the number of elements written. */
	public static int write(Path dir, int elements) throws IOException {
		Files.createDirectories(dir);
		StringBuilder core = new StringBuilder("namespace bench\n");
		for (int f = 1; f <= 6; f++) {
			core.append("field F").append(f).append(" \"Handlungsfeld ").append(f).append("\"\n");
		}
		for (int t = 1; t <= 8; t++) {
			core.append("target-group T").append(t).append(" \"Zielgruppe ").append(t).append("\"\n");
		}
		core.append("actor Land \"Ministerium\" { kind ministry }\n");
		Files.writeString(dir.resolve("core.regio"), core, StandardCharsets.UTF_8);
		int files = Math.max(1, elements / ELEMENTS_PER_FILE);
		for (int i = 0; i < files; i++) {
			Files.writeString(dir.resolve("region" + i + ".regio"), regionFile(i), StandardCharsets.UTF_8);
		}
		return 15 + files * ELEMENTS_PER_FILE;
	}

	private static String regionFile(int i) {
		StringBuilder text = new StringBuilder(8192);
		text.append("namespace bench.r").append(i).append("\nimport bench.*\n\n");
		text.append("region R").append(i).append(" \"Region ").append(i).append("\"\n");
		for (int a = 0; a < 20; a++) {
			text.append("actor A").append(a).append(" \"Akteur ").append(a).append(" der Region ").append(i)
					.append("\" {\n\tkind other\n\tregion R").append(i).append("\n\talias \"A").append(i).append('_')
					.append(a).append("\"\n}\n");
		}
		for (int c = 0; c < 5; c++) {
			text.append("committee K").append(c).append(" \"Gremium ").append(c).append("\" {\n\tkind working-group\n\tregion R")
					.append(i).append("\n\tchair A").append(c).append("\n\tmandate F").append(1 + c % 6).append('\n');
			for (int m = 0; m < 4; m++) {
				text.append("\tmember A").append((c + m * 5) % 20).append(m == 0 ? " as chair\n" : "\n");
			}
			text.append("\tmeeting on 2024-0").append(1 + c).append("-1").append(c).append("\n}\n");
		}
		for (int x = 0; x < 23; x++) {
			text.append("activity X").append(x).append(" \"Aktivität ").append(x).append("\" {\n\ttype project\n\tregion R")
					.append(i).append("\n\tfields F").append(1 + x % 6).append("\n\tlead A").append(x % 20)
					.append("\n\tpartners A").append((x + 1) % 20).append(", Land\n\ttargets T").append(1 + x % 8)
					.append("\n\tperiod 2023-0").append(1 + x % 9).append(" .. 2027\n\tcommittee K").append(x % 5).append("\n}\n");
		}
		text.append("cooperation Koop between A1, A2 on F1 since 2020\n");
		return text.toString();
	}
}
