package org.regionet.ui.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.regionet.analysis.ElementNames;

/**
 * A read-only combo of model elements by label with "all" first, for a filter row (grid layout). The choice is kept
 * by qualified name, so it survives new choices from the next analysis as long as the element is among them.
 */
final class ElementChoice {

	private static final int WIDTH_CHARS = 24;

	private final Combo combo;
	private final String allLabel;
	private List<String> names = List.of();
	/** The user's choice by qualified name, kept while an analysis lacks it, so it returns with the next. */
	private String chosen;

	ElementChoice(Composite parent, String allLabel, Runnable onChange) {
		this.allLabel = allLabel;
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setVisibleItemCount(20);
		fitWidth(combo);
		combo.add(allLabel);
		combo.select(0);
		combo.addListener(SWT.Selection, e -> {
			chosen = selected();
			showInTooltip();
			onChange.run();
		});
	}

	/** Makes a filter combo as wide as a typical label, not its longest: the row keeps room for the others. */
	static void fitWidth(Combo combo) {
		GC gc = new GC(combo);
		FontMetrics metrics = gc.getFontMetrics();
		gc.dispose();
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = Dialog.convertWidthInCharsToPixels(metrics, WIDTH_CHARS);
		combo.setLayoutData(data);
	}

	void setChoices(List<? extends EObject> elements) {
		List<String> labels = new ArrayList<>(elements.size() + 1);
		labels.add(allLabel);
		elements.forEach(e -> labels.add(ElementNames.label(e)));
		names = elements.stream().map(ElementNames::qualifiedName).toList();
		combo.setItems(labels.toArray(String[]::new));
		showChosen();
	}

	/** Selects the chosen element if it is among the choices, else "all". */
	private void showChosen() {
		combo.select(chosen == null ? 0 : names.indexOf(chosen) + 1);
		showInTooltip();
	}

	/** The combo is narrower than long titles: the tooltip shows the chosen one whole. */
	private void showInTooltip() {
		combo.setToolTipText(combo.getSelectionIndex() > 0 ? combo.getText() : null);
	}

	/** Chooses the element of this qualified name ({@code null}: all), now or once it is among the choices. */
	void choose(String qualifiedName) {
		chosen = qualifiedName;
		showChosen();
	}

	/** The user's choice, even while the current choices lack it; {@code null} for all. */
	String chosen() {
		return chosen;
	}

	/** The qualified name of the element selected now, or {@code null} for all. */
	String selected() {
		int index = combo.getSelectionIndex();
		return index <= 0 ? null : names.get(index - 1);
	}

	Combo control() {
		return combo;
	}
}
