package org.regionet.ui.editor.uitests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regionet.dsl.validation.IssueCodes;
import org.regionet.ui.editor.RegioEditor;
import org.regionet.ui.editor.internal.Messages;
import org.regionet.ui.editor.internal.problems.ProblemMarkers;

/**
 * Drives the real editor in a workbench: opening a model file, problems as markers, semantic colours, typing that
 * fixes a problem, content assist opened by typing and accepted with Enter, and formatting. Runs on the UI thread,
 * so every wait spins the event loop.
 */
@ExtendWith(NoUiFreezes.class)
class RegioEditorUiTest {

	private static final String NRW = """
			namespace nrw
			region Aachen "Region Aachen"
			field Bildung "Aus- und Weiterbildung"
			actor IHK "IHK Aachen" { kind chamber-of-industry region Aachen }
			""";

	private static final String AACHEN = """
			namespace nrw.aachen
			import nrw.*

			actor RA "Regionalagentur" {
				kind regional-agency
			}

			committee K "Lenkungskreis" {
				chair RA
				member IHK
			}
			""";

	private static final RGB ACTOR = new RGB(0x9A, 0x4A, 0x1E);

	private IProject project;
	private IFile aachen;
	private RegioEditor editor;
	private final Display display = Display.getCurrent();

	@BeforeEach
	void openEditor() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-ui-test");
		project.create(null);
		project.open(null);
		create("nrw.regio", NRW);
		aachen = create("aachen.regio", AACHEN);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = assertInstanceOf(RegioEditor.class, IDE.openEditor(page, aachen, true));
	}

	@AfterEach
	void closeEditor() throws CoreException {
		editor.close(false);
		spin(200);
		project.delete(true, null);
	}

	private IFile create(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		file.setCharset("UTF-8", null);
		return file;
	}

	@Test
	void problemsColoursAndOutlineAppearAfterOpening() throws Exception {
		waitUntil(() -> hasProblem(IssueCodes.CHAIR_NOT_MEMBER), "chair marker");
		StyledText text = text();
		int ihk = AACHEN.indexOf("member IHK") + "member ".length();
		waitUntil(() -> {
			StyleRange range = text.getStyleRangeAtOffset(ihk);
			return range != null && range.foreground != null && ACTOR.equals(range.foreground.getRGB());
		}, "actor colour on a reference");
		IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
		assertTrue(outline != null, "an outline page");
	}

	@Test
	void ctrl1OnAProblemOpensItsQuickFixesAndOneIsApplied() throws Exception {
		waitUntil(() -> hasProblem(IssueCodes.CHAIR_NOT_MEMBER), "chair marker");
		editor.setFocus();
		editor.selectAndReveal(AACHEN.indexOf("chair RA") + "chair ".length(), 0);
		spin(200);
		postCtrl('1');
		waitUntil(() -> proposalTable() != null, "the quick fix popup after Ctrl+1");
		Table table = proposalTable();
		assertTrue(Arrays.stream(table.getItems()).anyMatch(i -> i.getText().contains("RA")),
				"the add-chair fix is offered");
		int fix = Arrays.asList(table.getItems()).indexOf(
				Arrays.stream(table.getItems()).filter(i -> i.getText().contains("RA")).findFirst().orElseThrow());
		table.setSelection(fix);
		table.notifyListeners(SWT.DefaultSelection, new Event());
		waitUntil(() -> document().get().contains("member RA as chair"), "the fix applied");
		waitUntil(() -> !hasProblem(IssueCodes.CHAIR_NOT_MEMBER), "chair marker gone");
	}

	@Test
	void renameChangesTheDeclarationAndEveryReferenceInEveryFile() throws Exception {
		waitUntil(() -> hasProblem(IssueCodes.CHAIR_NOT_MEMBER), "the file checked");
		editor.selectAndReveal(AACHEN.indexOf("actor RA") + "actor ".length(), 0);
		// the wizard is modal: answer it from the event loop it runs
		answerDialog(Messages.Rename_dialogTitle, "Regionalagentur");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.regionet.ui.editor.rename",
				null);
		waitUntil(() -> document().get().contains("chair Regionalagentur"), "the reference renamed");
		assertTrue(document().get().contains("actor Regionalagentur \"Regionalagentur\""), document().get());
	}

	@Test
	void theLinkedProjectExplorerFollowsTheCaretWithoutMovingIt() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var explorer = (org.eclipse.ui.navigator.CommonNavigator) page.showView(
				org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
		explorer.setLinkingEnabled(true);
		page.activate(editor);
		for (String element : new String[] {"committee K", "actor RA"}) {
			int caret = AACHEN.indexOf(element) + element.length(); // after the name: revealing it would move the caret
			String name = element.substring(element.indexOf(' ') + 1);
			long[] next = {0};
			// the explorer loads the file's element tree in the background on first need; move the caret until then
			waitUntil(() -> {
				if (System.currentTimeMillis() > next[0]) {
					editor.selectAndReveal(caret, 0);
					next[0] = System.currentTimeMillis() + 1000;
				}
				return explorerNodes(explorer).equals(java.util.List.of(name));
			}, "the explorer on " + name + ", not " + explorer.getCommonViewer().getStructuredSelection());
			spin(400); // the explorer's link job runs 120 ms after its selection changed
			assertEquals(caret, ((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection())
					.getOffset(), "the caret stays where the user put it");
			assertEquals(editor, page.getActivePart(), "the editor keeps the focus");
			assertEquals(java.util.List.of(name), explorerNodes(explorer));
		}
	}

	private static java.util.List<String> explorerNodes(org.eclipse.ui.navigator.CommonNavigator explorer) {
		return explorer.getCommonViewer().getStructuredSelection().toList().stream()
				.filter(org.regionet.ui.navigator.model.ModelNode.class::isInstance)
				.map(n -> ((org.regionet.ui.navigator.model.ModelNode) n).name()).toList();
	}

	@Test
	void theFindingsViewListsTheDuplicateActorsOfTheProject() throws Exception {
		// a project without errors: the analysis runs only on models that check
		IProject clean = ResourcesPlugin.getWorkspace().getRoot().getProject("findings-ui-test");
		clean.create(null);
		clean.open(null);
		try {
			for (String[] file : new String[][] {{"nrw.regio", NRW}, {"dup.regio", """
					namespace nrw.aachen
					actor IHK_AC "IHK Aachen" { kind chamber-of-industry }
					"""}}) {
				clean.getFile(file[0]).create(new ByteArrayInputStream(file[1].getBytes(StandardCharsets.UTF_8)), true,
						null);
			}
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.showView(org.regionet.ui.analysis.FindingsView.ID);
			// the view shows the latest analysis of any project; the editor's project may be analysed meanwhile
			long[] next = {0};
			waitUntil(() -> {
				if (System.currentTimeMillis() > next[0]) {
					org.regionet.ui.analysis.AnalysisService.get().analyse(clean);
					next[0] = System.currentTimeMillis() + 3000;
				}
				return findingsRows().anyMatch(row -> row.contains("nrw.IHK") && row.contains("IHK_AC"));
			}, "the duplicate actors in the Findings view; rows: " + findingsRows().toList());
		} finally {
			clean.delete(true, null);
		}
	}

	@Test
	void acceptingAFindingWritesIntoTheOpenEditorAndTheRegionFilterNarrowsTheList() throws Exception {
		IProject clean = ResourcesPlugin.getWorkspace().getRoot().getProject("findings-accept-test");
		clean.create(null);
		clean.open(null);
		RegioEditor modelEditor = null;
		try {
			for (String[] file : new String[][] {{"nrw.regio", NRW}, {"dup.regio", """
					namespace nrw.aachen
					actor IHK_AC "IHK Aachen" { kind chamber-of-industry region Aachen }
					"""}}) {
				clean.getFile(file[0]).create(new ByteArrayInputStream(file[1].getBytes(StandardCharsets.UTF_8)), true,
						null);
			}
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			// the accept line goes to the file of the finding's first element, nrw.IHK
			IFile model = clean.getFile("nrw.regio");
			modelEditor = (RegioEditor) IDE.openEditor(page, model, true);
			IDocument modelText = modelEditor.getDocumentProvider().getDocument(modelEditor.getEditorInput());
			modelText.replace(modelText.getLength(), 0, "// typed, not saved\n");
			var view = (org.regionet.ui.analysis.FindingsView) page.showView(org.regionet.ui.analysis.FindingsView.ID);
			long[] next = {0};
			waitUntil(() -> {
				if (System.currentTimeMillis() > next[0]) {
					org.regionet.ui.analysis.AnalysisService.get().analyse(clean);
					next[0] = System.currentTimeMillis() + 3000;
				}
				return findingsRows().anyMatch(row -> row.contains("IHK_AC"));
			}, "the duplicate actors in the Findings view; rows: " + findingsRows().toList());

			org.eclipse.swt.widgets.Combo regions = find(view.getSite().getShell(), org.eclipse.swt.widgets.Combo.class,
					c -> Arrays.asList(c.getItems()).contains("Region Aachen"));
			assertTrue(regions != null, "a region filter offering the finding's region");
			regions.select(regions.indexOf("Region Aachen"));
			regions.notifyListeners(SWT.Selection, new Event());
			assertTrue(findingsRows().anyMatch(row -> row.contains("IHK_AC")), "the finding stays under its region");
			page.hideView(view);
			view = (org.regionet.ui.analysis.FindingsView) page.showView(org.regionet.ui.analysis.FindingsView.ID);
			org.eclipse.swt.widgets.Combo reopened = find(view.getSite().getShell(),
					org.eclipse.swt.widgets.Combo.class, c -> Arrays.asList(c.getItems()).contains("Region Aachen"));
			assertEquals("Region Aachen", reopened.getText(), "the view remembers its filter");

			Table table = find(view.getSite().getShell(), Table.class, t -> t.getColumnCount() >= 4);
			table.setSelection(0);
			table.notifyListeners(SWT.Selection, new Event());
			answerDialog(org.regionet.ui.internal.Messages.Findings_acceptTitle, "Checked: one chamber, two files");
			Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
					.filter(org.eclipse.jface.action.ActionContributionItem.class::isInstance)
					.map(item -> ((org.eclipse.jface.action.ActionContributionItem) item).getAction())
					.filter(action -> action.getText().equals(org.regionet.ui.internal.Messages.Findings_accept))
					.findFirst().orElseThrow().run();
			waitUntil(() -> modelText.get().contains("accept duplicate-actor"), "the accept line in the editor");
			assertTrue(modelText.get().contains("// typed, not saved\n"), "the unsaved typing is kept: " + modelText.get());
			assertTrue(modelText.get().contains("\"Checked: one chamber, two files\""), modelText.get());
			assertTrue(modelEditor.isDirty(), "the editor shows the change unsaved");
			try (var saved = model.getContents(true)) {
				assertTrue(!new String(saved.readAllBytes(), StandardCharsets.UTF_8).contains("accept"),
						"the file on disk is left to the user's save");
			}
			waitUntil(() -> findingsRows().noneMatch(row -> row.contains("IHK_AC")),
					"the accepted finding gone from the view (analysed on the unsaved text); rows: "
							+ findingsRows().toList());
		} finally {
			// the view keeps its filter for the next session, and so for the next test: back to all regions
			var shown = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.findView(org.regionet.ui.analysis.FindingsView.ID);
			org.eclipse.swt.widgets.Combo regions = shown == null ? null : find(shown.getSite().getShell(),
					org.eclipse.swt.widgets.Combo.class, c -> Arrays.asList(c.getItems()).contains("Region Aachen"));
			if (regions != null) {
				regions.select(0);
				regions.notifyListeners(SWT.Selection, new Event());
			}
			// an editor left open on a deleted file would ask what to do, modal, and stop the run
			if (modelEditor != null) {
				modelEditor.close(false);
				spin(200);
			}
			clean.delete(true, null);
		}
	}

	@Test
	void theCoverageViewListsTheActivitiesOfACellPickedWithTheArrowKeys() throws Exception {
		IProject covered = ResourcesPlugin.getWorkspace().getRoot().getProject("coverage-ui-test");
		covered.create(null);
		covered.open(null);
		try {
			covered.getFile("nrw.regio").create(new ByteArrayInputStream((NRW + """
					field Integration "Integration"
					activity Messe "Ausbildungsmesse" { lead IHK region Aachen fields Bildung }
					activity Tag "Ausbildungstag" { lead IHK region Aachen fields Bildung }
					""").getBytes(StandardCharsets.UTF_8)), true, null);
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			var view = page.showView(org.regionet.ui.analysis.CoverageView.ID);
			org.regionet.ui.analysis.AnalysisService.get().analyse(covered);
			waitUntil(() -> {
				Table matrix = find(view.getSite().getShell(), Table.class,
						t -> t.getColumnCount() == 3 && t.getItemCount() == 1);
				return matrix != null && "2".equals(matrix.getItem(0).getText(1));
			}, "the coverage of Aachen: 2 activities in Bildung");
			var cursor = find(view.getSite().getShell(), org.eclipse.swt.custom.TableCursor.class, c -> true);
			cursor.setSelection(0, 0);
			Event right = new Event();
			right.keyCode = SWT.ARROW_RIGHT;
			cursor.notifyListeners(SWT.KeyDown, right);
			var list = find(view.getSite().getShell(), org.eclipse.swt.widgets.List.class, l -> true);
			assertEquals(java.util.List.of("Ausbildungsmesse", "Ausbildungstag"), Arrays.asList(list.getItems()));
			cursor.notifyListeners(SWT.KeyDown, right);
			assertEquals(0, list.getItemCount(), "Integration: a gap, no activities");
		} finally {
			covered.delete(true, null);
		}
	}

	@Test
	void theHelpMenuOffersNoEntriesOfTheMissingHelpSystem() {
		var window = (org.eclipse.ui.internal.WorkbenchWindow) PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var help = window.getMenuBarManager().findMenuUsingPath(org.eclipse.ui.IWorkbenchActionConstants.M_HELP);
		java.util.List<String> shown = Arrays.stream(help.getItems())
				.filter(org.eclipse.jface.action.IContributionItem::isVisible)
				.map(org.eclipse.jface.action.IContributionItem::getId).filter(java.util.Objects::nonNull).toList();
		assertTrue(shown.contains(org.eclipse.ui.actions.ActionFactory.ABOUT.getId()), shown.toString());
		for (var dead : new org.eclipse.ui.actions.ActionFactory[] {org.eclipse.ui.actions.ActionFactory.HELP_CONTENTS,
				org.eclipse.ui.actions.ActionFactory.HELP_SEARCH, org.eclipse.ui.actions.ActionFactory.DYNAMIC_HELP}) {
			assertTrue(!shown.contains(dead.getId()), dead.getId() + " is shown: " + shown);
		}
	}

	@Test
	void theImportWizardListsErrorsAtTheirCsvLinesThenCreatesTheFile() throws Exception {
		java.nio.file.Path csv = java.nio.file.Files.createTempFile("akteure", ".csv");
		try {
			java.nio.file.Files.writeString(csv, "Bezeichnung;Region\nIHK Bonn;Aachen\nStadt Bonn;Bonn\n");
			var wizard = new org.regionet.ui.internal.wizards.ImportActorsWizard();
			wizard.init(PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(project));
			var dialog = new org.eclipse.jface.wizard.WizardDialog(
					PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				Shell shell = dialog.getShell();
				fieldAfter(shell, org.regionet.ui.internal.Messages.ImportActors_csv).setText(csv.toString());
				assertEquals("editor-ui-test", fieldAfter(shell, org.regionet.ui.internal.Messages.NewFile_folder).getText());
				var fileName = fieldAfter(shell, org.regionet.ui.internal.Messages.NewFile_fileName);
				assertTrue(fileName.getText().endsWith(".regio"), fileName.getText());
				IFile target = project.getFile(fileName.getText());

				assertTrue(!wizard.performFinish(), "a region the project lacks stops the import");
				var errors = find(shell, org.eclipse.swt.widgets.Text.class,
						t -> (t.getStyle() & SWT.MULTI) != 0 && !t.getText().isEmpty());
				assertTrue(errors != null && errors.getText().startsWith(csv.getFileName() + ":3: Unknown region 'Bonn'"),
						errors == null ? "no error list" : errors.getText());
				assertTrue(!target.exists(), "nothing is created");

				java.nio.file.Files.writeString(csv, "Bezeichnung;Region\nIHK Bonn;Aachen\n");
				assertTrue(wizard.performFinish(), "the corrected list is imported");
				assertTrue(target.exists());
				try (var in = target.getContents(true)) {
					assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(
							"actor IHK_Bonn \"IHK Bonn\" {\n\tregion Aachen\n}"));
				}
			} finally {
				dialog.close();
				// the imported file opened in an editor: close it, keep the test's own
				for (var reference : page().getEditorReferences()) {
					if (reference.getPart(false) != editor) {
						page().closeEditors(new org.eclipse.ui.IEditorReference[] {reference}, false);
					}
				}
			}
		} finally {
			java.nio.file.Files.deleteIfExists(csv);
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** The text field that follows the label {@code label} among its siblings. */
	private static org.eclipse.swt.widgets.Text fieldAfter(Control root, String label) {
		var caption = find(root, org.eclipse.swt.widgets.Label.class, l -> l.getText().equals(label));
		assertTrue(caption != null, "no label " + label);
		Control[] siblings = caption.getParent().getChildren();
		for (int i = Arrays.asList(siblings).indexOf(caption) + 1; i < siblings.length; i++) {
			if (siblings[i] instanceof org.eclipse.swt.widgets.Text text) {
				return text;
			}
		}
		throw new AssertionError("no field after " + label);
	}

	/** The texts of the rows of the Findings view's table, columns joined. */
	private java.util.stream.Stream<String> findingsRows() {
		var view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(org.regionet.ui.analysis.FindingsView.ID);
		if (view == null) {
			return java.util.stream.Stream.empty();
		}
		Table table = find(view.getSite().getShell(), Table.class, t -> t.getColumnCount() >= 4);
		if (table == null) {
			return java.util.stream.Stream.empty();
		}
		return Arrays.stream(table.getItems()).map(item -> {
			StringBuilder row = new StringBuilder();
			for (int c = 0; c < table.getColumnCount(); c++) {
				row.append(item.getText(c)).append(' ');
			}
			return row.toString();
		});
	}

	private static <T extends Control> T find(Control control, Class<T> type, java.util.function.Predicate<T> test) {
		if (type.isInstance(control) && test.test(type.cast(control)) && control.isVisible()) {
			return type.cast(control);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** When a dialog whose title starts with {@code title} opens, types {@code text} into its field and presses OK. */
	private void answerDialog(String title, String text) {
		Runnable[] poll = new Runnable[1];
		long end = System.currentTimeMillis() + 20_000;
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getText().startsWith(title)) {
					org.eclipse.swt.widgets.Text field = find(shell, org.eclipse.swt.widgets.Text.class,
							t -> (t.getStyle() & SWT.READ_ONLY) == 0);
					org.eclipse.swt.widgets.Button ok = find(shell, org.eclipse.swt.widgets.Button.class,
							b -> b.getText().replace("&", "").equals(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL
									.replace("&", "")));
					if (field != null && ok != null) {
						field.setText(text);
						display.timerExec(300, () -> {
							if (!ok.isDisposed() && ok.isEnabled()) {
								ok.notifyListeners(SWT.Selection, new Event());
							}
						});
						return;
					}
				}
			}
			if (System.currentTimeMillis() < end) {
				display.timerExec(100, poll[0]);
			} else {
				// give up without leaving a modal dialog that would block the test run
				for (Shell shell : display.getShells()) {
					System.err.println("answerDialog: open shell '" + shell.getText() + "'");
					if (shell.isVisible() && shell.getParent() != null) {
						shell.close();
					}
				}
			}
		};
		display.timerExec(100, poll[0]);
	}

	private void postKey(int keyCode) {
		for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = keyCode == SWT.CR ? '\r' : 0;
			display.post(event);
		}
		spin(200);
	}

	/** Ctrl+key as real key events, so they pass the workbench's key bindings as typing does. */
	private void postCtrl(char key) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = SWT.CTRL;
		display.post(down);
		for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
			Event event = new Event();
			event.type = type;
			event.character = key;
			event.keyCode = key;
			display.post(event);
		}
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = SWT.CTRL;
		display.post(up);
		spin(300);
	}

	@Test
	void typingAMemberFixesTheProblem() throws Exception {
		waitUntil(() -> hasProblem(IssueCodes.CHAIR_NOT_MEMBER), "chair marker");
		StyledText text = text();
		text.setFocus();
		text.setCaretOffset(AACHEN.indexOf("member IHK"));
		// Each keyword that expects a name opens content assist, as for a user; Escape closes it.
		type("member ");
		waitUntil(() -> proposalTable() != null, "member proposals");
		type("RA");
		key(SWT.ESC);
		type(" as ");
		waitUntil(() -> proposalTable() != null, "role proposals");
		type("chair");
		key(SWT.ESC);
		// The new line keeps the indentation of the current one.
		type("\n");
		assertTrue(document().get().contains("\tmember RA as chair\n\tmember IHK"), document().get());
		waitUntil(() -> !hasProblem(IssueCodes.CHAIR_NOT_MEMBER), "chair marker gone");
	}

	@Test
	void typingASpaceAfterLeadOffersActorsAndEnterInsertsOne() throws Exception {
		IDocument document = document();
		document.replace(document.getLength(), 0, "\nactivity Neu {\n\tfields Bildung\n\t\n}\n");
		text().setFocus();
		text().setCaretOffset(document.get().lastIndexOf("\t\n}") + 1);
		type("lead ");
		waitUntil(() -> proposalTable() != null
				&& Arrays.stream(proposalTable().getItems()).anyMatch(i -> i.getText().startsWith("IHK")),
				"proposal popup with IHK");
		type("IH");
		spin(500);
		key(SWT.CR);
		waitUntil(() -> document.get().contains("lead IHK\n"), "IHK inserted");
	}

	@Test
	void theFormatCommandLaysOutTheFile() throws Exception {
		IDocument document = document();
		document.set("namespace   nrw.aachen import nrw.* actor RA \"R\" {kind other}\n");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.regionet.ui.editor.format",
				null);
		waitUntil(() -> document.get().startsWith("namespace nrw.aachen\n\nimport nrw.*\n\nactor RA"),
				"formatted: " + document.get());
		assertEquals("namespace nrw.aachen\n\nimport nrw.*\n\nactor RA \"R\" {\n\tkind other\n}\n", document.get());
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private StyledText text() {
		return (StyledText) editor.getAdapter(Control.class);
	}

	private boolean hasProblem(String code) {
		try {
			return Arrays.stream(aachen.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.anyMatch(m -> code.equals(m.getAttribute(ProblemMarkers.ISSUE_CODE, "")))
					&& aachen.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length > 0;
		} catch (CoreException e) {
			return false;
		}
	}

	/** The table of a visible content assist popup, if one is open. */
	private Table proposalTable() {
		for (Shell shell : display.getShells()) {
			if (shell.isVisible() && shell.getChildren().length > 0 && shell.getChildren()[0] instanceof Table table
					&& table.getItemCount() > 0) {
				return table;
			}
		}
		return null;
	}

	/**
	 * Types characters as key events on the text widget: they pass the verify-key listeners of content assist and
	 * linked mode exactly as keyboard input does, without depending on which X window has the focus.
	 */
	private void type(String characters) {
		for (char c : characters.toCharArray()) {
			key(c == '\n' ? SWT.CR : c);
		}
	}

	private void key(char c) {
		Event event = new Event();
		event.character = c;
		event.keyCode = c == SWT.CR || c == SWT.ESC ? c : Character.toLowerCase(c);
		event.doit = true;
		text().notifyListeners(SWT.KeyDown, event);
		Event up = new Event();
		up.character = c;
		up.keyCode = event.keyCode;
		text().notifyListeners(SWT.KeyUp, up);
		spin(60);
	}

	private void waitUntil(BooleanSupplier condition, String what) {
		long end = System.currentTimeMillis() + 20_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what + "; text:\n" + document().get());
			}
			spin(50);
		}
	}

	private void spin(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
