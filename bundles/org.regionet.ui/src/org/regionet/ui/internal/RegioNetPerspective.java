package org.regionet.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.regionet.ui.internal.wizards.NewRegioFileWizard;
import org.regionet.ui.internal.wizards.NewRegioProjectWizard;

/**
 * The analyst's layout: projects on the left, model text in the middle, outline right, problems below.
 */
public class RegioNetPerspective implements IPerspectiveFactory {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editorArea);
		bottom.addView("org.regionet.ui.views.findings");
		bottom.addView("org.regionet.ui.views.coverage");
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addNewWizardShortcut(NewRegioProjectWizard.ID);
		layout.addNewWizardShortcut(NewRegioFileWizard.ID);
		layout.addNewWizardShortcut(ExampleProjectWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
	}
}
