package org.regionet.ui.editor.internal.highlight;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits a model document into code, comments and strings. Comments and strings may span lines, so they get
 * partitions of their own; the code partition is then coloured token by token.
 */
public final class RegioPartitions {

	public static final String PARTITIONING = "__regio_partitioning";
	public static final String COMMENT = "__regio_comment";
	public static final String STRING = "__regio_string";
	public static final String[] CONTENT_TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	private RegioPartitions() {
	}

	public static IDocumentPartitioner createPartitioner() {
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true), new MultiLineRule("\"", "\"", string, '\\', true),
				new MultiLineRule("'", "'", string, '\\', true) });
		return new FastPartitioner(scanner, new String[] { COMMENT, STRING });
	}

	/** Installs the partitioner on {@code document} unless it has one already. */
	public static void install(IDocument document) {
		if (document instanceof IDocumentExtension3 extension && extension.getDocumentPartitioner(PARTITIONING) == null) {
			IDocumentPartitioner partitioner = createPartitioner();
			partitioner.connect(document);
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
		}
	}
}
