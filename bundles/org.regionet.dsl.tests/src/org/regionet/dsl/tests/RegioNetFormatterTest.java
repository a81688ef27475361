package org.regionet.dsl.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter lays out clauses one per line, indents blocks, keeps comments and is idempotent. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RegioNetInjectorProvider.class)
class RegioNetFormatterTest {

	private static final String FORMATTED = """
			namespace nrw.aachen

			import nrw.*

			// Regionalagentur
			actor RA "Regionalagentur" {
				kind regional-agency
				alias "RA Aachen", "REGINA"
			}

			committee K "Lenkungskreis" {
				chair RA
				member RA as chair
				meeting M "Workshop" on 2024-10-09 {
					decision "Konzept"
				}
			}

			activity X "Summit" {
				fields F
				lead RA
				period 2023-02 .. 2023-03
			}
			""";

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void formatsAMessyFile() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted("""
					namespace   nrw.aachen import nrw.*
					// Regionalagentur
					actor RA   "Regionalagentur" {kind regional-agency alias "RA Aachen" ,"REGINA"}
					committee K "Lenkungskreis" { chair RA member RA as chair meeting M "Workshop" on 2024-10-09 { decision "Konzept" } }
					activity X "Summit" { fields F lead RA period 2023-02..2023-03 }
					""");
			request.setExpectation(FORMATTED);
			request.setAllowSyntaxErrors(false);
		});
	}

	@Test
	void formattedTextStaysAsItIs() {
		formatter.assertFormatted(request -> {
			request.setToBeFormatted(FORMATTED);
			request.setExpectation(FORMATTED);
		});
	}
}
