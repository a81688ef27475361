package org.regionet.ui.internal.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.regionet.analysis.AnalysisSettings;
import org.regionet.ui.analysis.AnalysisPreferences;
import org.regionet.ui.internal.Messages;

/**
 * Window ▸ Preferences ▸ RegioNet ▸ Analysis: the thresholds and weights of the parallel-structure analysis. The
 * values live under the same keys as the command line's {@code --set KEY=VALUE}, so a figure tuned here can be
 * reproduced by the headless check.
 */
public class AnalysisPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.regionet.ui.preferences.analysis";

	private final Map<String, DecimalFieldEditor> editors = new LinkedHashMap<>();
	private final List<Group> groups = new ArrayList<>();

	public AnalysisPreferencePage() {
		super(GRID);
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, AnalysisPreferences.NODE);
		AnalysisPreferenceDefaults.apply(store);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		for (AnalysisSettingGroup group : AnalysisSettingGroup.ALL) {
			Group box = new Group(getFieldEditorParent(), SWT.NONE);
			box.setText(group.title());
			box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			groups.add(box);
			for (AnalysisSettingKey setting : group.settings()) {
				addField(decimal(group, setting, box));
			}
			if (group.weightSumLimited()) {
				Label hint = new Label(box, SWT.WRAP);
				hint.setText(Messages.Preferences_weightsHint);
				hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			}
		}
	}

	private DecimalFieldEditor decimal(AnalysisSettingGroup group, AnalysisSettingKey setting, Composite parent) {
		String defaultValue = AnalysisPreferenceDefaults.defaultValue(setting.key());
		DecimalFieldEditor editor = new DecimalFieldEditor(setting.key(),
				NLS.bind(Messages.Preferences_labelWithDefault, setting.label(), defaultValue),
				group.title() + " ▸ " + setting.label(), setting.min(),
				setting.max(), parent);
		String tooltip = NLS.bind(Messages.Preferences_tooltip, new Object[] { DecimalFieldEditor.format(setting.min()),
				DecimalFieldEditor.format(setting.max()), setting.key() });
		editor.getLabelControl(parent).setToolTipText(tooltip);
		editor.getTextControl(parent).setToolTipText(tooltip);
		editors.put(setting.key(), editor);
		return editor;
	}

	@Override
	protected void adjustGridLayout() {
		super.adjustGridLayout();
		// Field editors set their parent's layout to zero margins; give the groups their usual spacing back.
		for (Group group : groups) {
			GridLayout layout = new GridLayout(2, false);
			group.setLayout(layout);
		}
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (FieldEditor.VALUE.equals(event.getProperty())) {
			checkState();
		}
	}

	@Override
	protected void checkState() {
		super.checkState();
		if (!isValid()) {
			return;
		}
		for (AnalysisSettingGroup group : AnalysisSettingGroup.ALL) {
			if (!group.weightSumLimited()) {
				continue;
			}
			double sum = 0;
			for (AnalysisSettingKey setting : group.settings()) {
				if (setting.key().endsWith("Weight") && !setting.key().startsWith("text.")) {
					sum += editors.get(setting.key()).value();
				}
			}
			if (sum > 1.0 + 1e-9) {
				setErrorMessage(NLS.bind(Messages.Preferences_weightSum, group.title(), String.format("%.2f", sum)));
				setValid(false);
				return;
			}
		}
		String engineError = engineCheck();
		if (engineError != null) {
			setErrorMessage(engineError);
			setValid(false);
		}
	}

	/** The engine validates too; anything it rejects that the page did not catch is shown as it says it. */
	private String engineCheck() {
		Map<String, String> values = new LinkedHashMap<>();
		editors.forEach((key, editor) -> values.put(key, String.valueOf(editor.value())));
		try {
			AnalysisSettings.fromMap(values);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}
}
