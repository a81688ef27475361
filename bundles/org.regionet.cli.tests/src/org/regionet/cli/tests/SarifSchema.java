package org.regionet.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;

/**
 * Validates SARIF logs against the official SARIF 2.1.0 JSON schema (draft 4), kept as a test resource in
 * {@code schemas/sarif-2.1.0.json} (the OASIS schema, rtm.5, as shipped by the npm package {@code @microsoft/jest-sarif}).
 */
final class SarifSchema {

	private static final Path SCHEMA = Path.of("schemas/sarif-2.1.0.json");

	private SarifSchema() {
	}

	/** The schema violations of a log, as "instance location: error" lines; empty when it is valid. */
	static List<String> errors(String sarif) throws IOException {
		var result = new ValidatorFactory()
				.withDefaultDialect(new Dialects.Draft4Dialect())
				.withJsonNodeFactory(new GsonNode.Factory())
				.validate(Files.readString(SCHEMA), sarif);
		return result.getErrors().stream()
				.map(error -> error.getInstanceLocation() + ": " + error.getError())
				.toList();
	}

	static void assertValid(String sarif) throws IOException {
		List<String> errors = errors(sarif);
		if (!errors.isEmpty()) {
			fail("SARIF log violates the schema:\n" + String.join("\n", errors.subList(0, Math.min(20, errors.size()))));
		}
	}
}
