package org.regionet.diagram.ui;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.regionet.diagram.render.DiagramPainter;
import org.regionet.diagram.view.DiagramNode;
import org.regionet.diagram.view.Rect;

/**
 * The drawing area of the diagram editor: paints a {@link DiagramSnapshot} through the shared painter, zooms
 * (Ctrl+wheel, Ctrl++/-), scrolls, selects (click) and moves nodes (drag; the drop is reported to
 * {@code onMoved} with the node's new position relative to its parent). Publishes the selected element.
 */
final class DiagramCanvas implements ISelectionProvider {

	private static final int DRAG_THRESHOLD = 4;
	private static final double READABLE_ZOOM = 0.6;

	private final Canvas canvas;
	private final ViewTransform view = new ViewTransform();
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private DiagramSnapshot snapshot;
	private DiagramPainter painter;
	private double[] page = {1, 1};
	private DiagramNode selected;
	private DiagramNode dragged;
	private int downX;
	private int downY;
	private double startX;
	private double startY;
	private boolean moving;
	private BiConsumer<DiagramNode, double[]> onMoved = (node, position) -> { };
	private Consumer<EObject> onOpen = element -> { };
	private Runnable onZoom = () -> { };

	DiagramCanvas(Composite parent) {
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
				nodeAt(e.x, e.y).map(DiagramNode::semantic).filter(EObject.class::isInstance).map(EObject.class::cast)
						.ifPresent(onOpen);
			}
		});
		canvas.addMouseMoveListener(this::drag);
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

	void onMoved(BiConsumer<DiagramNode, double[]> handler) {
		onMoved = handler;
	}

	void onOpen(Consumer<EObject> handler) {
		onOpen = handler;
	}

	void onZoom(Runnable handler) {
		onZoom = handler;
	}

	/** Shows a new drawing; the first one is fitted to the window, later ones keep zoom and scroll. */
	void show(DiagramSnapshot newSnapshot) {
		boolean first = snapshot == null;
		String selectedKey = selected == null ? null : selected.key();
		snapshot = newSnapshot;
		painter = new DiagramPainter(newSnapshot.measurer());
		page = painter.pageSize(newSnapshot.diagram());
		selected = selectedKey == null ? null : newSnapshot.diagram().node(selectedKey).orElse(null);
		if (first) {
			openingView();
		} else {
			updateScrollBars();
			canvas.redraw();
		}
	}

	DiagramSnapshot snapshot() {
		return snapshot;
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
		onZoom.run();
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
			if (selected != null) {
				Rect r = selected.absoluteBounds();
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				gc.setLineWidth(2);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.drawRectangle((int) Math.round(view.toScreenX(r.x()) - 3), (int) Math.round(view.toScreenY(r.y()) - 3),
						(int) Math.round(r.width() * view.zoom() + 6), (int) Math.round(r.height() * view.zoom() + 6));
			}
		}
	}

	private void press(MouseEvent e) {
		canvas.setFocus();
		if (e.button != 1) {
			return;
		}
		Optional<DiagramNode> hit = nodeAt(e.x, e.y);
		select(hit.orElse(null));
		dragged = hit.orElse(null);
		downX = e.x;
		downY = e.y;
		moving = false;
		if (dragged != null) {
			startX = dragged.x();
			startY = dragged.y();
		}
	}

	private void drag(MouseEvent e) {
		if (dragged == null || (e.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		if (!moving && Math.abs(e.x - downX) + Math.abs(e.y - downY) < DRAG_THRESHOLD) {
			return;
		}
		moving = true;
		dragged.setPosition(startX + (e.x - downX) / view.zoom(), startY + (e.y - downY) / view.zoom());
		canvas.redraw();
	}

	private void release(MouseEvent e) {
		DiagramNode node = dragged;
		dragged = null;
		if (node != null && moving) {
			moving = false;
			onMoved.accept(node, new double[] {node.x(), node.y()});
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
		} else if (e.keyCode == SWT.CR && selected != null && selected.semantic() instanceof EObject element) {
			onOpen.accept(element);
		}
	}

	private void scrolled() {
		view.scrollTo(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
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
				: NodeHits.at(snapshot.diagram(), view.toModelX(x), view.toModelY(y));
	}

	private void select(DiagramNode node) {
		if (node == selected) {
			return;
		}
		selected = node;
		canvas.redraw();
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return selected != null && selected.semantic() instanceof EObject element ? new StructuredSelection(element)
				: StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection) {
		// the diagram follows its own clicks; other views do not drive it yet
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
