package org.regionet.diagram.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

import org.regionet.diagram.mapping.SemanticKeys;
import org.regionet.diagram.render.DiagramPainter;
import org.regionet.diagram.view.DiagramEdge;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Rect;
import org.regionet.dsl.workspace.ModelProblem;

/**
 * The drawing area of the diagram editor: paints a {@link DiagramSnapshot} through the shared painter, zooms
 * (Ctrl+wheel, Ctrl++/-), scrolls, selects (click, Ctrl/Shift+click, rubber band on the background, Ctrl+A),
 * moves the selected nodes (drag), connects two nodes (connect mode), edits a label in place, and draws problem
 * badges. What the user asks for goes to {@link Actions}; the canvas itself changes nothing but positions on
 * screen. Publishes the selected elements.
 */
final class DiagramCanvas implements ISelectionProvider {

	/** What the editor does when the user acts on the canvas. */
	interface Actions {
		/** Nodes were dropped at new positions (relative to their parents). */
		void moved(Map<DiagramNode, double[]> positions);

		void open(EObject element);

		/** The user drew a connection in connect mode. */
		void connect(DiagramNode source, DiagramNode target);

		/** Delete key on the selection. */
		void delete();

		/** F2 on a node. */
		void directEdit(DiagramNode node);

		/** Alt+Shift+R on the selection. */
		void rename();

		void zoomed();
	}

	private static final int DRAG_THRESHOLD = 4;
	private static final int EDGE_TOLERANCE = 5;
	private static final double READABLE_ZOOM = 0.6;

	private final Canvas canvas;
	private final ViewTransform view = new ViewTransform();
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final DiagramSelection selection = new DiagramSelection();
	private final Actions actions;
	private DiagramSnapshot snapshot;
	private DiagramPainter painter;
	private double[] page = {1, 1};
	/** Page position of the diagram's origin (see {@link DiagramPainter#diagramOrigin}). */
	private double[] origin = {0, 0};
	private Map<DiagramNode, double[]> dragStarts = Map.of();
	private int downX;
	private int downY;
	private int mouseX;
	private int mouseY;
	private boolean moving;
	private boolean banding;
	private boolean connecting;
	private DiagramNode connectSource;
	private Text labelEditor;
	private Function<EObject, Object> published = element -> element;

	DiagramCanvas(Composite parent, Actions actions) {
		this.actions = actions;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> updateScrollBars());
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addMouseListener(new org.eclipse.swt.events.MouseAdapter() {
			@Override
			public void mouseDown(MouseEvent e) {
				press(e);
			}

			@Override
			public void mouseUp(MouseEvent e) {
				release(e);
			}

			@Override
			public void mouseDoubleClick(MouseEvent e) {
				if (!connecting) {
					nodeAt(e.x, e.y).map(DiagramNode::semantic).filter(EObject.class::isInstance)
							.map(EObject.class::cast).ifPresent(actions::open);
				}
			}
		});
		canvas.addMouseMoveListener(this::move);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
	}

	Canvas control() {
		return canvas;
	}

	ViewTransform view() {
		return view;
	}

	/** Diagram coordinates of a point of the canvas. */
	double modelX(double screenX) {
		return view.toModelX(screenX) - origin[0];
	}

	double modelY(double screenY) {
		return view.toModelY(screenY) - origin[1];
	}

	/** Canvas coordinates of a point of the diagram. */
	double screenX(double modelX) {
		return view.toScreenX(modelX + origin[0]);
	}

	double screenY(double modelY) {
		return view.toScreenY(modelY + origin[1]);
	}

	/** Shows a new drawing; the first one is fitted to the window, later ones keep zoom, scroll and selection. */
	void show(DiagramSnapshot newSnapshot) {
		boolean first = snapshot == null;
		snapshot = newSnapshot;
		painter = new DiagramPainter(newSnapshot.measurer());
		page = painter.pageSize(newSnapshot.diagram());
		origin = painter.diagramOrigin(newSnapshot.diagram());
		if (first) {
			openingView();
		} else {
			updateScrollBars();
			canvas.redraw();
		}
		fireSelectionChanged();
	}

	DiagramSnapshot snapshot() {
		return snapshot;
	}

	/** The selected nodes, in the order they were selected. */
	List<DiagramNode> selectedNodes() {
		return snapshot == null ? List.of() : selection.nodes(snapshot.diagram());
	}

	List<DiagramEdge> selectedEdges() {
		return snapshot == null ? List.of() : selection.edges(snapshot.diagram());
	}

	void selectAll() {
		if (snapshot != null) {
			selection.selectAll(snapshot.diagram());
			selectionChanged();
		}
	}

	/** What the selection holds for a selected element (by default the element itself). */
	void publishAs(Function<EObject, Object> mapper) {
		published = mapper;
	}

	/** Selects the nodes of these semantic keys (from another view); returns whether any is shown. */
	boolean reveal(Set<String> keys) {
		if (snapshot == null) {
			return false;
		}
		selection.selectKeys(snapshot.diagram(), keys);
		List<DiagramNode> nodes = selection.nodes(snapshot.diagram());
		if (!nodes.isEmpty()) {
			scrollIntoView(nodes.get(0).absoluteBounds());
		}
		canvas.redraw();
		return !nodes.isEmpty();
	}

	/** The next press on a node starts a connection to the node where the mouse is released. Esc cancels. */
	void startConnecting() {
		connecting = true;
		connectSource = null;
		canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_CROSS));
		canvas.setFocus();
	}

	private void stopConnecting() {
		connecting = false;
		connectSource = null;
		canvas.setCursor((Cursor) null);
		canvas.redraw();
	}

	/** Edits a node's label in place: Enter or leaving the field commits, Esc cancels. */
	void editLabel(DiagramNode node, String initial, Consumer<String> commit) {
		closeLabelEditor();
		Rect r = node.absoluteBounds();
		Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
		text.setText(initial == null ? "" : initial);
		int width = (int) Math.max(160, r.width() * view.zoom());
		text.setBounds((int) Math.round(screenX(r.x())), (int) Math.round(screenY(r.centerY()) - 12),
				width, text.computeSize(width, SWT.DEFAULT).y);
		text.selectAll();
		boolean[] done = {false};
		Runnable finish = () -> {
			if (!done[0]) {
				done[0] = true;
				String value = text.getText();
				boolean changed = !value.equals(initial);
				canvas.getDisplay().asyncExec(this::closeLabelEditor);
				if (changed) {
					commit.accept(value);
				}
			}
		};
		text.addListener(SWT.DefaultSelection, e -> finish.run());
		text.addListener(SWT.FocusOut, e -> finish.run());
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				done[0] = true;
				e.doit = false;
				canvas.getDisplay().asyncExec(this::closeLabelEditor);
			}
		});
		labelEditor = text;
		text.setFocus();
	}

	private void closeLabelEditor() {
		if (labelEditor != null && !labelEditor.isDisposed()) {
			labelEditor.dispose();
			canvas.setFocus();
		}
		labelEditor = null;
	}

	/** Fits the page, but a large diagram opens readable at its top left rather than as a thumbnail. */
	private void openingView() {
		Rectangle area = canvas.getClientArea();
		view.fit(page[0], page[1], area.width, area.height);
		if (view.zoom() < READABLE_ZOOM) {
			view.zoomAt(READABLE_ZOOM / view.zoom(), 0, 0);
		}
		zoomChanged();
	}

	void fit() {
		Rectangle area = canvas.getClientArea();
		view.fit(page[0], page[1], area.width, area.height);
		zoomChanged();
	}

	void zoom(double factor) {
		Rectangle area = canvas.getClientArea();
		view.zoomAt(factor, area.width / 2.0, area.height / 2.0);
		zoomChanged();
	}

	private void zoomChanged() {
		updateScrollBars();
		canvas.redraw();
		actions.zoomed();
	}

	private void scrollIntoView(Rect r) {
		Rectangle area = canvas.getClientArea();
		double left = screenX(r.x());
		double top = screenY(r.y());
		if (left < 0 || top < 0 || left + r.width() * view.zoom() > area.width
				|| top + r.height() * view.zoom() > area.height) {
			view.scrollTo((r.x() + origin[0]) * view.zoom() - area.width / 3.0,
					(r.y() + origin[1]) * view.zoom() - area.height / 3.0);
			updateScrollBars();
		}
	}

	private void paint(Event event) {
		GC gc = event.gc;
		if (snapshot == null) {
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
			gc.fillRectangle(canvas.getClientArea());
			return;
		}
		try (SwtSurface surface = new SwtSurface(gc, view)) {
			painter.paint(snapshot.diagram(), surface);
		}
		CanvasOverlay overlay = new CanvasOverlay(gc, this);
		overlay.problems(snapshot.diagram(), snapshot.problems());
		overlay.selection(selectedNodes(), selectedEdges());
		if (banding) {
			overlay.band(downX, downY, mouseX, mouseY);
		}
		if (connecting && connectSource != null) {
			overlay.connection(connectSource, mouseX, mouseY);
		}
	}

	private void press(MouseEvent e) {
		closeLabelEditor();
		canvas.setFocus();
		if (e.button != 1 || snapshot == null) {
			return;
		}
		downX = e.x;
		downY = e.y;
		mouseX = e.x;
		mouseY = e.y;
		moving = false;
		Optional<DiagramNode> node = nodeAt(e.x, e.y);
		if (connecting) {
			if (connectSource == null) {
				connectSource = node.orElse(null);
			}
			return;
		}
		boolean add = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
		if (node.isPresent()) {
			if (add) {
				selection.toggle(node.get());
			} else if (!selection.contains(node.get())) {
				selection.selectOnly(node.get());
			}
			dragStarts = new LinkedHashMap<>();
			for (DiagramNode moved : selection.movable(snapshot.diagram())) {
				dragStarts.put(moved, new double[] {moved.x(), moved.y()});
			}
		} else {
			Optional<DiagramEdge> edge = EdgeHits.at(snapshot.diagram(), modelX(e.x), modelY(e.y),
					EDGE_TOLERANCE / view.zoom());
			if (edge.isPresent()) {
				if (add) {
					selection.toggle(edge.get());
				} else {
					selection.selectOnly(edge.get());
				}
			} else {
				if (!add) {
					selection.clear();
				}
				banding = true;
			}
			dragStarts = Map.of();
		}
		selectionChanged();
	}

	private void move(MouseEvent e) {
		mouseX = e.x;
		mouseY = e.y;
		if ((e.stateMask & SWT.BUTTON1) == 0) {
			if (connecting && connectSource != null) {
				canvas.redraw();
			}
			hover(e.x, e.y);
			return;
		}
		if (connecting || banding) {
			canvas.redraw();
			return;
		}
		if (dragStarts.isEmpty()
				|| !moving && Math.abs(e.x - downX) + Math.abs(e.y - downY) < DRAG_THRESHOLD) {
			return;
		}
		moving = true;
		for (Map.Entry<DiagramNode, double[]> start : dragStarts.entrySet()) {
			start.getKey().setPosition(start.getValue()[0] + (e.x - downX) / view.zoom(),
					start.getValue()[1] + (e.y - downY) / view.zoom());
		}
		// a dragged node may grow the page, which moves the origin
		origin = painter.diagramOrigin(snapshot.diagram());
		canvas.redraw();
	}

	private void release(MouseEvent e) {
		if (connecting) {
			Optional<DiagramNode> target = nodeAt(e.x, e.y);
			if (connectSource != null && target.isPresent() && target.get() != connectSource) {
				DiagramNode source = connectSource;
				stopConnecting();
				actions.connect(source, target.get());
			}
			return;
		}
		if (banding) {
			banding = false;
			Rect band = new Rect(modelX(Math.min(downX, e.x)), modelY(Math.min(downY, e.y)),
					Math.abs(e.x - downX) / view.zoom(), Math.abs(e.y - downY) / view.zoom());
			if (band.width() > 0 && band.height() > 0) {
				selection.addInside(snapshot.diagram(), band);
			}
			selectionChanged();
			return;
		}
		if (moving) {
			moving = false;
			Map<DiagramNode, double[]> positions = new LinkedHashMap<>();
			dragStarts.keySet().forEach(node -> positions.put(node, new double[] {node.x(), node.y()}));
			dragStarts = Map.of();
			actions.moved(positions);
		}
	}

	/** The tooltip of the element under the mouse, with the problems drawn on it. */
	private void hover(int x, int y) {
		String tip = nodeAt(x, y).map(node -> {
			List<ModelProblem> problems = snapshot.problems().getOrDefault(node.key(), List.of());
			String base = node.tooltip() == null ? node.label() : node.tooltip();
			return problems.isEmpty() ? base
					: base + "\n" + problems.stream().map(p -> "\u2022 " + p.message()).collect(Collectors.joining("\n"));
		}).orElse(null);
		if (!Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			view.zoomAt(e.count > 0 ? 1.1 : 1 / 1.1, e.x, e.y);
			zoomChanged();
			e.doit = false;
		} else {
			ScrollBar bar = (e.stateMask & SWT.SHIFT) != 0 ? canvas.getHorizontalBar() : canvas.getVerticalBar();
			bar.setSelection(bar.getSelection() - e.count * 20);
			scrolled();
			e.doit = false;
		}
	}

	private void key(Event e) {
		boolean mod = (e.stateMask & SWT.MOD1) != 0;
		if (mod && (e.keyCode == '+' || e.keyCode == '=' || e.keyCode == SWT.KEYPAD_ADD)) {
			zoom(1.25);
		} else if (mod && (e.keyCode == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
			zoom(1 / 1.25);
		} else if (mod && (e.keyCode == '0' || e.keyCode == SWT.KEYPAD_0)) {
			fit();
		} else if (mod && e.keyCode == 'a') {
			selectAll();
		} else if (e.keyCode == SWT.ESC) {
			if (connecting) {
				stopConnecting();
			} else {
				selection.clear();
				selectionChanged();
			}
		} else if (e.keyCode == SWT.DEL && !selection.isEmpty()) {
			actions.delete();
		} else if (e.keyCode == 'r' && (e.stateMask & SWT.MODIFIER_MASK) == (SWT.ALT | SWT.SHIFT)) {
			actions.rename();
		} else if (e.keyCode == SWT.F2 && selectedNodes().size() == 1) {
			actions.directEdit(selectedNodes().get(0));
		} else if (e.keyCode == SWT.CR && selectedNodes().size() == 1
				&& selectedNodes().get(0).semantic() instanceof EObject element) {
			actions.open(element);
		}
	}

	private void scrolled() {
		view.scrollTo(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
		closeLabelEditor();
		canvas.redraw();
	}

	private void updateScrollBars() {
		Rectangle area = canvas.getClientArea();
		view.clampScroll(page[0], page[1], area.width, area.height);
		setBar(canvas.getHorizontalBar(), page[0] * view.zoom(), area.width, view.scrollX());
		setBar(canvas.getVerticalBar(), page[1] * view.zoom(), area.height, view.scrollY());
	}

	private static void setBar(ScrollBar bar, double content, int visible, double position) {
		int max = (int) Math.ceil(content);
		bar.setValues((int) Math.round(position), 0, Math.max(max, 1), Math.max(1, Math.min(visible, max)), 20,
				Math.max(1, visible - 20));
		bar.setVisible(max > visible);
	}

	private Optional<DiagramNode> nodeAt(int x, int y) {
		return snapshot == null ? Optional.empty()
				: NodeHits.at(snapshot.diagram(), modelX(x), modelY(y));
	}

	private void selectionChanged() {
		canvas.redraw();
		fireSelectionChanged();
	}

	private void fireSelectionChanged() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	/** The semantic elements of the selected nodes and edges, as {@link #publishAs} presents them. */
	@Override
	public ISelection getSelection() {
		List<Object> elements = new ArrayList<>();
		selectedNodes().stream().map(DiagramNode::semantic).filter(EObject.class::isInstance).forEach(elements::add);
		selectedEdges().forEach(edge -> edge.semantics().stream().filter(EObject.class::isInstance)
				.filter(s -> !elements.contains(s)).forEach(elements::add));
		return elements.isEmpty() ? StructuredSelection.EMPTY
				: new StructuredSelection(elements.stream().map(e -> published.apply((EObject) e)).toList());
	}

	/** Selects the diagram nodes of the EObjects in {@code newSelection}, by their semantic keys. */
	@Override
	public void setSelection(ISelection newSelection) {
		if (newSelection instanceof StructuredSelection structured) {
			Set<String> keys = new HashSet<>();
			for (Object element : structured) {
				EObject object = Adapters.adapt(element, EObject.class);
				if (object != null) {
					keys.add(SemanticKeys.of(object));
				}
			}
			// a selection of things that are no model elements (a file) leaves the diagram's selection alone
			if (!keys.isEmpty()) {
				reveal(keys);
				fireSelectionChanged();
			}
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
