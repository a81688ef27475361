package org.regionet.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The German finding texts cover every English one, with the same placeholders and without quote pitfalls. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            p.load(in);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void germanHasEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(de.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(de.getProperty(key)), key);
            // NLS.bind treats a single quote as the start of a quoted run, which would swallow placeholders.
            assertFalse(de.getProperty(key).contains("'") || en.getProperty(key).contains("'"), key);
        }
    }

    @Test
    void everyFieldIsInitialised() {
        // NLS fills each public static String from the file; a missing key leaves a "NLS missing message" text.
        assertFalse(Messages.Finding_parallel.startsWith("NLS missing"), Messages.Finding_parallel);
        assertEquals("(none)", Messages.None);
    }
}
