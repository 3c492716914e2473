package org.chainrule.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;
import org.chainrule.edit.MoveNodes;
import org.chainrule.model.Edge;
import org.chainrule.model.Node;
import org.chainrule.ops.Op;
import org.chainrule.ui.Palette;
import org.chainrule.ui.EditorViewModel;

/**
 * Mouse and keyboard on the canvas. Click selects (Shift-click adds or removes); dragging a node moves
 * the selection; dragging from a node's output handle (the small circle on its right) to a node connects
 * them (on an op whose argument order matters, dropping on the upper half makes the first argument, on
 * the lower half the second); dragging the background pans, Shift- or right-dragging it draws a rubber
 * band; the wheel zooms; Delete removes; arrow keys nudge (with Shift, by a grid step); a double-click on
 * a node renames it.
 */
final class CanvasInput {
    private enum Mode { NONE, MOVE, CONNECT, PAN, BAND }

    /** How the input asks for a repaint. */
    interface Repaint {
        /** Everything (a move ended). */
        void redraw();

        /** Only the mouse feedback. */
        void redrawFeedback();
    }

    private final Region canvas;
    private final EditorViewModel vm;
    private final Viewport view;
    private final HitTest hits;
    private final Repaint repaint;
    private Mode mode = Mode.NONE;
    private double pressX, pressY, lastX, lastY;
    private Point pressDiagram;
    private Map<Node, MoveNodes.Position> dragStart;
    private Node connectFrom;
    private Point pointer;
    private boolean dragged;
    private String hovered;
    private Consumer<Node> onRename = n -> { };

    /** Listens on {@code canvas}, moves {@code view}, asks {@code hits} what was clicked. */
    CanvasInput(Region canvas, EditorViewModel vm, Viewport view, HitTest hits, Repaint repaint) {
        this.canvas = canvas;
        this.vm = vm;
        this.view = view;
        this.hits = hits;
        this.repaint = repaint;
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        canvas.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(Palette.DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        canvas.setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            Op op = s == null ? null : Op.byId(s.substring(Palette.DRAG_PREFIX.length()));
            if (op != null) {
                Point p = view.toDiagram(e.getX(), e.getY());
                vm.addNode(op, p.x(), p.y());
            }
            e.setDropCompleted(op != null);
            e.consume();
            canvas.requestFocus();
        });
    }

    /** What a double-click on a node does (the window opens a rename dialog). */
    void setOnRename(Consumer<Node> action) { onRename = action; }

    /** The id of the node under the mouse (its output handle is shown), or null. */
    String hovered() { return hovered; }

    private void moved(MouseEvent e) {
        Node n = hits.handleAt(e.getX(), e.getY());
        if (n == null) n = hits.nodeAt(e.getX(), e.getY());
        hover(n == null ? null : n.id());
        canvas.setCursor(hits.handleAt(e.getX(), e.getY()) != null ? javafx.scene.Cursor.CROSSHAIR
                : n != null ? javafx.scene.Cursor.HAND : javafx.scene.Cursor.DEFAULT);
    }

    private void hover(String id) {
        if (java.util.Objects.equals(id, hovered)) return;
        hovered = id;
        repaint.redrawFeedback();
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        pressDiagram = view.toDiagram(e.getX(), e.getY());
        dragged = false;
        if (e.getButton() == MouseButton.SECONDARY) {
            mode = Mode.BAND;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            mode = Mode.PAN;
            return;
        }
        Node handle = hits.handleAt(e.getX(), e.getY());
        if (handle != null && !e.isShiftDown()) {
            mode = Mode.CONNECT;
            connectFrom = handle;
            pointer = pressDiagram;
            return;
        }
        Node n = hits.nodeAt(e.getX(), e.getY());
        if (n != null) {
            if (e.isShiftDown() || e.isShortcutDown()) {
                vm.selection().toggle(n);
                mode = Mode.NONE;
                return;
            }
            if (!vm.selection().contains(n)) vm.selection().set(List.of(n));
            mode = Mode.MOVE;
            dragStart = new LinkedHashMap<>();
            for (Node s : vm.selection().nodes()) dragStart.put(s, new MoveNodes.Position(s.x(), s.y()));
            return;
        }
        Edge edge = hits.edgeAt(e.getX(), e.getY());
        if (edge != null) {
            if (e.isShiftDown() || e.isShortcutDown()) vm.selection().toggle(edge);
            else vm.selection().set(List.of(edge));
            mode = Mode.NONE;
            return;
        }
        mode = e.isShiftDown() ? Mode.BAND : Mode.PAN;
    }

    private void dragged(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3) dragged = true;
        double dx = e.getX() - lastX, dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        switch (mode) {
            case MOVE -> {
                Point now = view.toDiagram(e.getX(), e.getY());
                double mx = now.x() - pressDiagram.x(), my = now.y() - pressDiagram.y();
                Map<Node, MoveNodes.Position> to = new LinkedHashMap<>();
                dragStart.forEach((n, p) -> to.put(n, new MoveNodes.Position(orZero(p.x()) + mx, orZero(p.y()) + my)));
                vm.moveLive(to);
            }
            case PAN -> view.panBy(dx, dy);
            case CONNECT, BAND -> {
                pointer = view.toDiagram(e.getX(), e.getY());
                repaint.redrawFeedback();
            }
            default -> { }
        }
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        switch (was) {
            case MOVE -> {
                vm.finishMove(dragStart);
                repaint.redraw();
            }
            case CONNECT -> {
                DiagramNode target = hits.diagramNodeAt(view.toDiagram(e.getX(), e.getY()));
                Node to = target == null ? null : vm.graph().node(target.id());
                if (to != null && (dragged || to != connectFrom)) {
                    Integer slot = null;
                    if (to.op().isOrdered()) slot = view.toDiagram(e.getX(), e.getY()).y() < target.y() ? 0 : 1;
                    vm.connect(connectFrom, to, slot);
                }
                connectFrom = null;
                repaint.redrawFeedback();
            }
            case BAND -> {
                if (dragged) {
                    Point p = view.toDiagram(e.getX(), e.getY());
                    Rect r = normalized(pressDiagram, p);
                    List<Object> hit = new ArrayList<>(hits.nodesIn(r));
                    if (e.isShiftDown()) vm.selection().add(hit);
                    else vm.selection().set(hit);
                }
                pointer = null;
                repaint.redrawFeedback();
            }
            case PAN -> {
                if (!dragged) vm.selection().clear();
            }
            default -> { }
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) return;
        Node n = hits.nodeAt(e.getX(), e.getY());
        if (n != null) onRename.accept(n);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        view.zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, e.getX(), e.getY());
        e.consume();
    }

    private void key(KeyEvent e) {
        double step = e.isShiftDown() ? EditorViewModel.GRID : 1;
        // with no node selected the arrow keys are not ours: they step the passes (window accelerators)
        boolean arrow = switch (e.getCode()) {
            case LEFT, RIGHT, UP, DOWN -> true;
            default -> false;
        };
        if (arrow && vm.selection().nodes().isEmpty()) return;
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case LEFT -> vm.nudge(-step, 0);
            case RIGHT -> vm.nudge(step, 0);
            case UP -> vm.nudge(0, -step);
            case DOWN -> vm.nudge(0, step);
            case ESCAPE -> {
                mode = Mode.NONE;
                vm.selection().clear();
                return; // not consumed: the window's Escape (Chain Rule ▸ Close) acts too
            }
            default -> { return; }
        }
        e.consume();
    }

    /** Draws the connection being dragged and the rubber band. */
    void paintFeedback(GraphicsContext gc, Diagram diagram, double zoom) {
        if (mode == Mode.CONNECT && connectFrom != null && pointer != null) {
            DiagramNode from = diagram.node(connectFrom.id());
            if (from == null) return;
            Point h = DiagramPainter.handle(from);
            gc.setStroke(Color.web("#0969da"));
            gc.setLineWidth(2 / zoom);
            gc.setLineDashes(6 / zoom, 4 / zoom);
            gc.strokeLine(h.x(), h.y(), pointer.x(), pointer.y());
            gc.setLineDashes(null);
        } else if (mode == Mode.BAND && pointer != null) {
            Rect r = normalized(pressDiagram, pointer);
            gc.setFill(Color.rgb(9, 105, 218, 0.12));
            gc.fillRect(r.x(), r.y(), r.width(), r.height());
            gc.setStroke(Color.web("#0969da"));
            gc.setLineWidth(1 / zoom);
            gc.strokeRect(r.x(), r.y(), r.width(), r.height());
        }
    }

    private static Rect normalized(Point a, Point b) {
        return new Rect(Math.min(a.x(), b.x()), Math.min(a.y(), b.y()), Math.abs(a.x() - b.x()), Math.abs(a.y() - b.y()));
    }

    private static double orZero(Double d) { return d == null ? 0 : d; }
}
