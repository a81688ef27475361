package org.regionet.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionet.diagram.description.Tool;
import org.regionet.diagram.sidecar.LayoutSidecar;
import org.regionet.diagram.tools.Palette;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Rect;

/**
 * Drives the diagram editor in a workbench as a user would: palette tools, drags, in-place label edits, delete and
 * undo; then checks what the model files and the layout file say. Runs on the UI thread, so every wait spins the
 * event loop.
 */
class DiagramEditorUiTest {

	private static final String NRW = """
			namespace nrw
			region Aachen "Region Aachen"
			// the chamber, from the seed
			actor IHK "IHK Aachen" { kind chamber-of-industry region Aachen }
			activity Messe "Ausbildungsmesse" {
				lead nrw.aachen.JC // the job centre leads
			}
			""";

	private static final String AACHEN = """
			namespace nrw.aachen
			import nrw.*

			/* the agency of the region */
			actor RA "Regionalagentur" {
				kind regional-agency
			}

			actor JC

			actor Verein "Förderverein" // nobody refers to it

			committee K "Lenkungskreis" {
				chair RA
				member RA as chair // the chair
				member JC
			}
			""";

	private final Display display = Display.getCurrent();
	private IProject project;
	private IFile nrw;
	private IFile aachen;
	private DiagramEditor editor;

	@BeforeEach
	void openDiagram() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("diagram-ui-test");
		project.create(null);
		project.open(null);
		nrw = create("nrw.regio", NRW);
		aachen = create("aachen.regio", AACHEN);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (DiagramEditor) IDE.openEditor(page, aachen, DiagramEditor.ID);
		waitUntil(() -> editor.canvas().snapshot() != null, "the diagram");
	}

	private IFile create(String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	@AfterEach
	void close() throws CoreException {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		OperationHistoryFactory.getOperationHistory().dispose(WorkspaceUndoUtil.getWorkspaceUndoContext(), true, true,
				true);
		project.delete(true, null);
	}

	@Test
	void thePaletteCreatesAnActorAndTheFileGainsItWithItsCommentsIntact() throws Exception {
		editor.usePaletteTool(tool("create-actor"));
		waitUntil(() -> text(aachen).contains("actor Akteur_1"), "the new actor in the file");
		assertTrue(text(aachen).startsWith(AACHEN), "nothing the user wrote moved:\n" + text(aachen));
		waitUntil(() -> editor.canvas().snapshot().diagram().node("nrw.aachen.Akteur_1").isPresent(),
				"the new actor drawn");
		OperationHistoryFactory.getOperationHistory().undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
		waitUntil(() -> text(aachen).equals(AACHEN), "undo takes the new actor back");
	}

	@Test
	void aDragMovesANodeAndOnlyTheLayoutFileChangesAndUndoPutsItBack() throws Exception {
		Path sidecar = LayoutSidecar.pathFor(Path.of(aachen.getLocation().toOSString()));
		assertFalse(Files.exists(sidecar));
		DiagramNode node = node("nrw.aachen.Verein");
		double x = node.x();
		int[] at = screenCenter(node);
		mouse(SWT.MouseDown, at[0], at[1], 0);
		mouse(SWT.MouseMove, at[0] + 30, at[1] + 20, SWT.BUTTON1);
		mouse(SWT.MouseMove, at[0] + 80, at[1] + 50, SWT.BUTTON1);
		mouse(SWT.MouseUp, at[0] + 80, at[1] + 50, 0);
		waitUntil(() -> Files.exists(sidecar), "the layout file");
		assertTrue(Files.readString(sidecar).contains("\"nrw.aachen.Verein\""), Files.readString(sidecar));
		assertEquals(AACHEN, text(aachen));
		assertEquals(NRW, text(nrw));
		waitUntil(() -> node("nrw.aachen.Verein").x() > x + 20, "the node drawn where it was dropped");

		OperationHistoryFactory.getOperationHistory().undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
		assertFalse(Files.exists(sidecar), "undo restores the layout file as it was (none)");
	}

	@Test
	void aDirectEditOfANameRenamesEveryReferenceInEveryFile() throws Exception {
		editLabel("nrw.aachen.JC", "Jobcenter");
		waitUntil(() -> text(nrw).contains("lead nrw.aachen.Jobcenter // the job centre leads"), "the reference in nrw");
		assertEquals(AACHEN.replace("actor JC", "actor Jobcenter").replace("member JC", "member Jobcenter"),
				text(aachen));
	}

	@Test
	void aDirectEditOfATitleChangesOnlyTheTitle() throws Exception {
		editLabel("nrw.aachen.RA", "Regionalagentur Aachen");
		waitUntil(() -> text(aachen).contains("\"Regionalagentur Aachen\""), "the new title");
		assertEquals(AACHEN.replace("\"Regionalagentur\"", "\"Regionalagentur Aachen\""), text(aachen));
	}

	@Test
	void deleteRemovesTheElementFromItsFileAndUndoBringsItBack() throws Exception {
		editor.canvas().reveal(Set.of("nrw.aachen.Verein"));
		editor.deleteSelection();
		waitUntil(() -> !text(aachen).contains("Verein"), "the actor gone");
		assertTrue(text(aachen).contains("/* the agency of the region */") && text(aachen).contains("// the chair"));
		OperationHistoryFactory.getOperationHistory().undo(WorkspaceUndoUtil.getWorkspaceUndoContext(), null, null);
		waitUntil(() -> text(aachen).equals(AACHEN), "the text as before");
	}

	@Test
	void aReferencedActorIsNotDeletedAndTheStatusSaysWhy() throws Exception {
		editor.canvas().reveal(Set.of("nrw.aachen.JC"));
		editor.deleteSelection();
		waitUntil(() -> editor.statusText().contains("nrw.aachen.K"), "the refusal naming the committee");
		assertEquals(AACHEN, text(aachen));
	}

	@Test
	void aConnectionDrawnWithThePaletteBecomesACooperation() throws Exception {
		editor.usePaletteTool(tool("create-cooperation"));
		int[] from = screenCenter(node("nrw.aachen.Verein"));
		int[] to = screenCenter(node("nrw.aachen.RA"));
		mouse(SWT.MouseDown, from[0], from[1], 0);
		mouse(SWT.MouseMove, to[0], to[1], SWT.BUTTON1);
		mouse(SWT.MouseUp, to[0], to[1], 0);
		waitUntil(() -> text(aachen).contains("cooperation Kooperation_1 between Verein, RA"), "the cooperation");
		assertTrue(text(aachen).startsWith(AACHEN.substring(0, AACHEN.indexOf("committee"))), text(aachen));
	}

	@Test
	void keysReachTheDiagramThroughTheWorkbenchBindings() throws Exception {
		editor.setFocus();
		editor.canvas().reveal(Set.of("nrw.aachen.RA"));
		postKey(SWT.F2);
		waitUntil(() -> labelField() != null, "the label field after F2");
		postKey(SWT.ESC);
		waitUntil(() -> labelField() == null, "the label field closed by Esc");
		editor.canvas().reveal(Set.of("nrw.aachen.JC"));
		postKey(SWT.DEL);
		waitUntil(() -> editor.statusText().contains("nrw.aachen.K"), "the refusal after Delete");
	}

	@Test
	void elementsSelectedElsewhereAreSelectedInTheDiagram() throws Exception {
		SelectionLinker linker = new SelectionLinker(null, editor.canvas());
		Object ra = editor.canvas().snapshot().diagram().node("nrw.aachen.RA").orElseThrow().semantic();
		linker.selectionChanged(null, new org.eclipse.jface.viewers.StructuredSelection(ra));
		assertEquals("nrw.aachen.RA", editor.canvas().selectedNodes().get(0).key());
		// the caret of a model text editor on the file: here the diagram editor stands in for it (same input)
		linker.selectionChanged(editor, new org.eclipse.jface.text.TextSelection(AACHEN.indexOf("actor JC") + 7, 0));
		assertEquals("nrw.aachen.JC", editor.canvas().selectedNodes().get(0).key());
	}

	@Test
	void theSelectionIsTheExplorersNodeSoThePropertiesViewShowsAndEditsIt() throws Exception {
		editor.canvas().reveal(Set.of("nrw.aachen.RA"));
		waitUntil(() -> ((org.eclipse.jface.viewers.IStructuredSelection) editor.canvas().getSelection())
				.getFirstElement() instanceof org.regionet.ui.navigator.model.ModelNode, "the explorer's node");
		var node = (org.regionet.ui.navigator.model.ModelNode) ((org.eclipse.jface.viewers.IStructuredSelection) editor
				.canvas().getSelection()).getFirstElement();
		assertEquals("RA", node.name());
		assertEquals(aachen, node.file());
		assertTrue(editor.getAdapter(org.eclipse.ui.views.properties.IPropertySheetPage.class)
				instanceof org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage);
	}

	@Test
	void theProjectExplorerFollowsClicksInTheDiagramAndTheDiagramStaysInFront() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// a text editor on the same file must not come to the front when the explorer shows its element
		page.openEditor(new org.eclipse.ui.part.FileEditorInput(aachen), org.regionet.ui.editor.RegioEditor.ID, false,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		var explorer = (org.eclipse.ui.navigator.CommonNavigator) page.showView(
				org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER, null, IWorkbenchPage.VIEW_VISIBLE);
		explorer.setLinkingEnabled(true);
		page.activate(editor);
		for (String key : new String[] {"nrw.aachen.RA", "nrw.aachen.JC"}) {
			int[] at = screenCenter(node(key));
			mouse(SWT.MouseDown, at[0], at[1], 0);
			mouse(SWT.MouseUp, at[0], at[1], 0);
			String name = key.substring(key.lastIndexOf('.') + 1);
			// the platform's own link (on activation) may add the file: the model nodes are what the diagram chose
			java.util.function.Supplier<List<String>> shownNodes = () -> explorer.getCommonViewer()
					.getStructuredSelection().toList().stream()
					.filter(org.regionet.ui.navigator.model.ModelNode.class::isInstance)
					.map(n -> ((org.regionet.ui.navigator.model.ModelNode) n).name()).toList();
			waitUntil(() -> shownNodes.get().equals(List.of(name)),
					"the explorer on " + name + ", not " + explorer.getCommonViewer().getStructuredSelection());
			spin(400); // the explorer's link jobs run 120 ms after its selection changed
			assertEquals(editor, page.getActivePart(), "the diagram keeps the focus");
			assertEquals(editor, page.getActiveEditor(), "the diagram stays in front");
			assertEquals(List.of(name), shownNodes.get(), "the explorer stays on the clicked element");
		}
	}

	@Test
	void typingInTheTextEditorRedrawsTheDiagramBeforeAnySave() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		var part = page.openEditor(new org.eclipse.ui.part.FileEditorInput(aachen), org.regionet.ui.editor.RegioEditor.ID,
				true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		var text = org.eclipse.core.runtime.Adapters.adapt(part, org.eclipse.ui.texteditor.ITextEditor.class);
		assertTrue(text != null, "a text editor, not " + part.getClass().getName());
		var document = text.getDocumentProvider().getDocument(text.getEditorInput());
		document.replace(document.getLength(), 0, "\nactor Neu \"Neuer Akteur\"\n");
		waitUntil(() -> editor.canvas().snapshot().diagram().node("nrw.aachen.Neu").isPresent(),
				"the typed actor in the diagram");
		assertEquals(AACHEN, text(aachen), "nothing was saved");
	}

	@Test
	void openingAnElementFromTheDiagramShowsItInTheTextEditor() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		org.regionet.ui.analysis.ElementOpener.open(page,
				(org.eclipse.emf.ecore.EObject) node("nrw.aachen.JC").semantic());
		var active = page.getActiveEditor();
		assertTrue(active instanceof org.regionet.ui.editor.RegioEditor, "the text editor, not " + active);
		var selection = (org.eclipse.jface.text.ITextSelection) active.getSite().getSelectionProvider().getSelection();
		assertEquals(AACHEN.indexOf("actor JC"), selection.getOffset());
	}

	private void postKey(int keyCode) {
		for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			display.post(event);
		}
		spin(200);
	}

	private Text labelField() {
		for (Control child : editor.canvas().control().getChildren()) {
			if (child instanceof Text text && !text.isDisposed()) {
				return text;
			}
		}
		return null;
	}

	private void editLabel(String key, String newText) {
		editor.canvas().reveal(Set.of(key));
		Event f2 = new Event();
		f2.keyCode = SWT.F2;
		editor.canvas().control().notifyListeners(SWT.KeyDown, f2);
		Text field = null;
		for (Control child : editor.canvas().control().getChildren()) {
			if (child instanceof Text text) {
				field = text;
			}
		}
		assertTrue(field != null, "F2 opens a field on the node");
		field.setText(newText);
		field.notifyListeners(SWT.DefaultSelection, new Event());
	}

	private Tool tool(String name) {
		var diagram = editor.canvas().snapshot().diagram();
		return new Palette(diagram.description(), diagram.activeLayers()).tool(name).orElseThrow();
	}

	private DiagramNode node(String key) {
		return editor.canvas().snapshot().diagram().node(key)
				.orElseThrow(() -> new AssertionError("no node " + key));
	}

	private int[] screenCenter(DiagramNode node) {
		Rect r = node.absoluteBounds();
		DiagramCanvas canvas = editor.canvas();
		return new int[] {(int) Math.round(canvas.screenX(r.centerX())), (int) Math.round(canvas.screenY(r.centerY()))};
	}

	private void mouse(int type, int x, int y, int state) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = type == SWT.MouseMove ? 0 : 1;
		event.stateMask = state;
		editor.canvas().control().notifyListeners(type, event);
		spin(30);
	}

	private static String text(IFile file) {
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			try (var in = file.getContents()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		} catch (Exception e) {
			throw new AssertionError(file + ": " + e.getMessage(), e);
		}
	}

	private void waitUntil(BooleanSupplier condition, String what) {
		long end = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what + "; status: " + editor.statusText()
						+ "\naachen.regio:\n" + text(aachen));
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
