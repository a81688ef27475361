package org.regionet.ui.analysis;

import java.util.List;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.regionet.analysis.Finding;
import org.regionet.analysis.FindingFilter;
import org.regionet.analysis.FindingKinds;
import org.regionet.model.FindingKind;
import org.regionet.ui.internal.Messages;

/**
 * The Findings view's filter row: kind, region, action field and text, in eight cells of the parent's grid. Keeps a
 * {@link FindingFilter} in step with the widgets and remembers the choice across sessions (dialog settings): an
 * analyst mostly looks at one region or field.
 */
final class FindingFilterBar {

	static final int COLUMNS = 8;

	private static final String SECTION = "FindingsView.filter";
	private static final String KIND = "kind";
	private static final String REGION = "region";
	private static final String FIELD = "field";
	private static final String TEXT = "text";

	private final FindingFilter filter = new FindingFilter();
	private final Combo kinds;
	private final ElementChoice regions;
	private final ElementChoice fields;
	private final Text text;

	/** Creates the row; {@code changed} runs after every change the user makes. */
	FindingFilterBar(Composite parent, Runnable changed) {
		Runnable update = () -> {
			read();
			save();
			changed.run();
		};
		new Label(parent, SWT.NONE).setText(Messages.Findings_kind);
		kinds = new Combo(parent, SWT.READ_ONLY);
		kinds.add(Messages.Findings_allKinds);
		for (FindingKind kind : FindingKind.values()) {
			kinds.add(FindingKinds.label(kind));
		}
		ElementChoice.fitWidth(kinds);
		kinds.addListener(SWT.Selection, e -> update.run());
		new Label(parent, SWT.NONE).setText(Messages.Findings_region);
		regions = new ElementChoice(parent, Messages.Findings_allRegions, update);
		new Label(parent, SWT.NONE).setText(Messages.Findings_field);
		fields = new ElementChoice(parent, Messages.Findings_allFields, update);
		new Label(parent, SWT.NONE).setText(Messages.Findings_filter);
		text = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
		text.setMessage(Messages.Findings_filterHint);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		restore();
		read();
		text.addListener(SWT.Modify, e -> update.run());
	}

	FindingFilter filter() {
		return filter;
	}

	/** Offers the regions and fields of these findings; a remembered choice among them is selected again. */
	void offer(List<Finding> findings) {
		regions.setChoices(FindingFilter.regions(findings));
		fields.setChoices(FindingFilter.fields(findings));
		read();
	}

	private void read() {
		int kind = kinds.getSelectionIndex();
		filter.setKind(kind > 0 ? FindingKind.values()[kind - 1] : null);
		filter.setRegion(regions.selected());
		filter.setField(fields.selected());
		filter.setText(text.getText());
	}

	private void restore() {
		IDialogSettings settings = settings();
		FindingKind kind = settings.get(KIND) == null ? null : FindingKind.get(settings.get(KIND));
		kinds.select(kind == null ? 0 : kind.ordinal() + 1);
		regions.choose(blankToNull(settings.get(REGION)));
		fields.choose(blankToNull(settings.get(FIELD)));
		text.setText(settings.get(TEXT) == null ? "" : settings.get(TEXT));
	}

	private void save() {
		IDialogSettings settings = settings();
		int kind = kinds.getSelectionIndex();
		settings.put(KIND, kind > 0 ? FindingKind.values()[kind - 1].getLiteral() : "");
		settings.put(REGION, regions.chosen() == null ? "" : regions.chosen());
		settings.put(FIELD, fields.chosen() == null ? "" : fields.chosen());
		settings.put(TEXT, text.getText());
	}

	private static IDialogSettings settings() {
		return DialogSettings.getOrCreateSection(
				PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(FindingFilterBar.class)).getDialogSettings(),
				SECTION);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
