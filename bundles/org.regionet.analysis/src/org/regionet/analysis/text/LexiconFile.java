package org.regionet.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the UTF-8 line files under {@code data/}: blank lines and '#' comments are skipped. */
final class LexiconFile {

    private LexiconFile() {
    }

    static List<String> lines(Reader reader) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        while ((line = br.readLine()) != null) {
            int hash = line.indexOf(" #");
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            out.add(line);
        }
        return out;
    }

    static List<String> lines(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return lines(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Loads a bundled data file through the class loader, which works both in OSGi and on a plain class path. */
    static List<String> resource(String name) {
        String path = "data/" + name;
        ClassLoader loader = LexiconFile.class.getClassLoader();
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(path) : loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Bundled lexicon file missing from class path: " + path);
            }
            return lines(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled lexicon file " + path, e);
        }
    }
}
