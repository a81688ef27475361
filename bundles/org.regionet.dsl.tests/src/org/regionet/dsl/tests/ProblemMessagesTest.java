package org.regionet.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.regionet.dsl.validation.Messages;
import org.regionet.model.RegionetPackage;

/** The German problem texts cover every English one and bind cleanly (quotes doubled, placeholders filled). */
class ProblemMessagesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			p.load(in);
		}
		return p;
	}

	@Test
	void germanHasEveryKeyAndEveryTextBindsCleanly() throws IOException {
		Properties en = load("messages.properties");
		Properties de = load("messages_de.properties");
		assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(de.stringPropertyNames()));
		Object[] args = {"A", "B", "C", "D", "E"};
		for (Properties texts : new Properties[] {en, de}) {
			for (String key : texts.stringPropertyNames()) {
				String bound = NLS.bind(texts.getProperty(key), args);
				// A single quote would start a quoted run in NLS.bind and swallow the placeholders after it.
				assertFalse(bound.contains("{"), key + ": " + bound);
			}
		}
	}

	@Test
	void elementKindsHaveTextsWithArticles() {
		assertEquals("an action field", Messages.kindWithArticle(RegionetPackage.Literals.ACTION_FIELD));
		assertEquals("target group", Messages.kind(RegionetPackage.Literals.TARGET_GROUP));
		// A class without a text of its own falls back to its name.
		assertEquals("Membership", Messages.kind(RegionetPackage.Literals.MEMBERSHIP));
	}
}
