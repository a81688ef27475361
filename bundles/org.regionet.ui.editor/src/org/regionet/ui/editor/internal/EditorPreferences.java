package org.regionet.ui.editor.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;

/**
 * The preferences of the model editor: its own settings (bracket matching) in front of the general text editor
 * settings, so fonts, line numbers and colours follow the workbench.
 */
public final class EditorPreferences {

	public static final String BUNDLE = "org.regionet.ui.editor";
	public static final String MATCHING_BRACKETS = "matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "matchingBracketsColor";
	public static final String HIGHLIGHT_BRACKET_AT_CARET = "highlightBracketAtCaretLocation";
	public static final String ENCLOSING_BRACKETS = "enclosingBrackets";

	private static IPreferenceStore store;

	private EditorPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			ScopedPreferenceStore own = new ScopedPreferenceStore(InstanceScope.INSTANCE, BUNDLE);
			own.setDefault(MATCHING_BRACKETS, true);
			own.setDefault(MATCHING_BRACKETS_COLOR, "127,0,85");
			own.setDefault(HIGHLIGHT_BRACKET_AT_CARET, false);
			own.setDefault(ENCLOSING_BRACKETS, false);
			store = new ChainedPreferenceStore(new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
		}
		return store;
	}
}
