package org.regionet.ui.editor.internal.rename;

import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.highlight.GrammarTokens;

/** Whether a new name is a usable name for an element: an identifier, no keyword, not taken in its namespace. */
public final class NameCheck {

	private static final String ID = "\\^?[A-Za-z_][A-Za-z0-9_]*";

	private NameCheck() {
	}

	/** @return the problem with {@code name}, or {@code null} when it can be used */
	public static String problem(String name, String oldName, Set<String> taken) {
		if (name == null || name.isBlank()) {
			return Messages.Rename_empty;
		}
		if (!name.matches(ID)) {
			return NLS.bind(Messages.Rename_invalid, name);
		}
		if (GrammarTokens.isKeyword(name)) {
			return NLS.bind(Messages.Rename_keyword, name);
		}
		if (name.equals(oldName)) {
			return Messages.Rename_unchanged;
		}
		if (taken.contains(name)) {
			return NLS.bind(Messages.Rename_taken, name);
		}
		return null;
	}
}
