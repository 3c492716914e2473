package org.chainrule.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Theme;
import org.chainrule.engine.Diagnostic;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.OpenTiming;

/**
 * The canvas's two layers and when they are painted. While nodes are dragged only the top one (the
 * moving nodes, their edges, overlays and mouse feedback) is repainted, so the rasterizer does not redraw
 * the whole graph on every frame. Paints at most once per pulse, however many changes arrive in between,
 * and only while there is something to paint, so an idle editor uses no CPU.
 */
final class CanvasLayers {
    /** Above this many nodes, zooming and panning first move the last picture and repaint when the gesture pauses. */
    static final int DEFERRED_VIEW_NODES = 150;

    private final EditorViewModel vm;
    private final Viewport view;
    private final Supplier<Diagram> diagram;
    private final Supplier<Annotations> annotations;
    private final FrameMetrics metrics;
    private final Supplier<String> hovered;
    private final GraphCanvas.Overlay feedback;
    private final Canvas base = new Canvas();
    private final Canvas top = new Canvas();
    private final DiagramPainter painter = new DiagramPainter();
    private final List<GraphCanvas.Overlay> overlays = new ArrayList<>();
    private final Affine baseShift = new Affine();
    private final PauseTransition settle = new PauseTransition(Duration.millis(140));
    private double paintedZoom = 1, paintedOffsetX, paintedOffsetY;
    private boolean paintPending = true;
    private boolean topPending;
    private Set<String> dragNodes;   // ids on the top layer during a drag, else null
    /** What the base layer shows now; a repaint that would show the same is left out. */
    private BasePicture painted;
    private long basePaints;

    /**
     * Everything the base layer's picture is made from. After an edit of a big graph the canvas is asked
     * to repaint several times (the edit, the evaluation starting and ending) before the new drawing
     * arrives; painting the same 5,000-node picture again each time took the FX thread 15–20 ms.
     */
    private record BasePicture(Diagram diagram, double zoom, double offsetX, double offsetY, double width, double height,
                               DiagramPainter.Marks marks, Set<String> moving, String note, boolean empty) {}

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!paintPending && !topPending) {
                stop();
                return;
            }
            long t0 = System.nanoTime();
            if (paintPending) paintBase();
            paintTop();
            paintPending = false;
            topPending = false;
            metrics.painted(now, System.nanoTime() - t0);
        }
    };

    /**
     * {@code hovered} names the node whose output handle is shown; {@code feedback} paints what the mouse
     * is doing, above the overlays.
     */
    CanvasLayers(EditorViewModel vm, Viewport view, Supplier<Diagram> diagram, Supplier<Annotations> annotations,
                 FrameMetrics metrics, Supplier<String> hovered, GraphCanvas.Overlay feedback) {
        this.vm = vm;
        this.view = view;
        this.diagram = diagram;
        this.annotations = annotations;
        this.metrics = metrics;
        this.hovered = hovered;
        this.feedback = feedback;
        paintedOffsetX = view.offsetX();
        paintedOffsetY = view.offsetY();
        base.getTransforms().add(baseShift);
        settle.setOnFinished(e -> redraw());
        top.setMouseTransparent(true);
        timer.start();
    }

    /** The two canvases, bottom first. */
    List<Canvas> canvases() { return List.of(base, top); }

    List<GraphCanvas.Overlay> overlays() { return overlays; }

    void setTextSink(Consumer<String> sink) {
        painter.sink = sink;
        redraw();
    }

    /** Both layers on the next pulse. */
    void redraw() {
        dragNodes = null;
        paintPending = true;
        timer.start();
    }

    /** The top layer only on the next pulse. */
    void redrawTop() {
        topPending = true;
        timer.start();
    }

    /** The selected nodes are being dragged: the first move lifts them onto the top layer. */
    void nodesMoving() {
        if (dragNodes == null) {
            dragNodes = new HashSet<>();
            for (Node n : vm.selection().nodes()) dragNodes.add(n.id());
            paintPending = true;
            timer.start();
        } else {
            redrawTop();
        }
    }

    /**
     * After a zoom or pan: a small graph is repainted at once; a big one (where a full repaint costs
     * several frames with the software renderer) shows its last picture scaled and shifted to the new view
     * until the wheel or the drag rests for a moment, then is repainted.
     */
    void viewChanged() {
        if (vm.graph().nodeCount() <= DEFERRED_VIEW_NODES || dragNodes != null) {
            redraw();
            return;
        }
        double k = view.zoom() / paintedZoom;
        baseShift.setToTransform(k, 0, view.offsetX() - paintedOffsetX * k, 0, k, view.offsetY() - paintedOffsetY * k);
        redrawTop();
        settle.playFromStart();
    }

    /** How many times the base layer was painted (a repaint showing the same picture is not). */
    long basePaints() { return basePaints; }

    double width() { return base.getWidth(); }

    double height() { return base.getHeight(); }

    /** Sizes both layers; returns whether the size changed (then both are painted again). */
    boolean resize(double w, double h) {
        if (base.getWidth() == w && base.getHeight() == h) return false;
        base.setWidth(w);
        base.setHeight(h);
        top.setWidth(w);
        top.setHeight(h);
        redraw();
        return true;
    }

    private DiagramPainter.Marks marks() {
        Graph g = vm.graph();
        Set<String> selectedNodes = new HashSet<>(), selectedEdges = new HashSet<>(), problems = new HashSet<>();
        for (Node n : vm.selection().nodes()) selectedNodes.add(n.id());
        for (Edge e : vm.selection().edges()) if (g.contains(e)) selectedEdges.add(g.key(e));
        for (Diagnostic p : vm.problems()) problems.addAll(p.nodeIds());
        return new DiagramPainter.Marks(selectedNodes, selectedEdges, problems, annotations.get() == null);
    }

    /** The diagram, without the nodes being dragged and their edges. */
    private void paintBase() {
        settle.stop();
        baseShift.setToIdentity();
        paintedZoom = view.zoom();
        paintedOffsetX = view.offsetX();
        paintedOffsetY = view.offsetY();
        double w = base.getWidth(), h = base.getHeight();
        Diagram d = diagram.get();
        DiagramPainter.Marks marks = marks();
        int steps = vm.graph().timesteps();
        String note = annotations.get() == null && vm.evaluation() != null && steps > 1 ? "values at the last time step, t = " + steps : null;
        BasePicture picture = new BasePicture(d, paintedZoom, paintedOffsetX, paintedOffsetY, w, h, marks,
                dragNodes == null ? null : Set.copyOf(dragNodes), note, vm.graph().nodeCount() == 0);
        // a test reading the texts (the sink) is given every paint
        if (picture.equals(painted) && painter.sink == null) return;
        painted = picture;
        basePaints++;
        GraphicsContext gc = base.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(Color.web(Theme.standard().background()));
        gc.fillRect(0, 0, w, h);
        double z = view.zoom();
        gc.setTransform(z, 0, 0, z, view.offsetX(), view.offsetY());
        Set<String> moving = dragNodes;
        java.util.function.Predicate<String> nodes = moving == null ? id -> true : id -> !moving.contains(id);
        java.util.function.Predicate<org.chainrule.draw.DiagramEdge> edges = moving == null ? e -> true
                : e -> !moving.contains(e.from()) && !moving.contains(e.to());
        if (!painter.sketch(gc, d, z, view.offsetX(), view.offsetY(), marks, nodes, edges)) {
            painter.paint(gc, d, view.visible(w, h), z, marks, nodes, edges);
        }
        OpenTiming.painted(vm.graph(), d.nodes().size(), vm.graph().nodeCount());
        gc.setTransform(1, 0, 0, 1, 0, 0);
        if (note != null) {
            gc.setFill(Color.web(Theme.standard().forward()));
            gc.setFont(Font.font(12));
            if (painter.sink != null) painter.sink.accept(note);
            gc.fillText(note, 8, h - 10);
        }
        if (picture.empty()) {
            gc.setFill(Color.web(Theme.standard().muted()));
            gc.setFont(Font.font(14));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("Empty graph: click or drag an op from the palette on the left to add a node;\n"
                    + "drag from a node's right handle to another node to connect them.", w / 2, h / 2);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** The nodes being dragged with their edges, the overlays and the mouse feedback. */
    private void paintTop() {
        GraphicsContext gc = top.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, top.getWidth(), top.getHeight());
        double z = view.zoom();
        gc.setTransform(z, 0, 0, z, view.offsetX(), view.offsetY());
        Diagram d = diagram.get();
        Set<String> moving = dragNodes;
        if (moving != null) {
            painter.paint(gc, d, view.visible(top.getWidth(), top.getHeight()), z, marks(), moving::contains,
                    e -> moving.contains(e.from()) || moving.contains(e.to()));
        }
        String h = hovered.get();
        if (h != null && annotations.get() == null) {
            DiagramNode hn = d.node(h);
            if (hn != null) painter.paintHandle(gc, hn, z);
        }
        for (GraphCanvas.Overlay o : overlays) o.paint(gc, d, z);
        feedback.paint(gc, d, z);
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }
}
