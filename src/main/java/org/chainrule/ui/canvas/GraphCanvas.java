package org.chainrule.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.DiagramEdge;
import org.chainrule.draw.DiagramMoves;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;
import org.chainrule.draw.Theme;
import org.chainrule.engine.Diagnostic;
import org.chainrule.model.Edge;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ui.OpenTiming;
import org.chainrule.ui.EditorViewModel;
import org.chainrule.ui.BackgroundWork;

/**
 * The drawing area: paints the {@link Diagram} that {@link DiagramBuilder} makes of the open graph and
 * the current {@link Annotations} on a JavaFX {@link Canvas}, with zoom and pan. Mouse and keys are
 * handled by {@link CanvasInput}.
 *
 * <p>API for the stepper (and anything else that draws numbers on the graph):
 * <ul>
 *   <li>{@link #annotationsProperty()}: set it to show your {@link Annotations} (values and gradients
 *       on nodes and edges, highlighted or dimmed); set it to null to go back to the editor's own
 *       annotations (each node's evaluated value). The canvas re-renders on the next pulse.</li>
 *   <li>{@link #overlays()}: painters called after the diagram, in diagram coordinates, e.g. a value
 *       travelling along an edge; call {@link #redraw()} on every animation frame.</li>
 *   <li>{@link #diagram()}: what is on screen now (positions of nodes and edge curves).</li>
 * </ul>
 */
public final class GraphCanvas extends Region {
    /** Paints on top of the diagram; the context is already in diagram coordinates. */
    public interface Overlay {
        void paint(GraphicsContext gc, Diagram diagram, double zoom);
    }

    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 6;
    static final double FIT_MAX = 1.5;

    private final EditorViewModel vm;
    // two layers: while nodes are dragged, only the top one (the moving nodes, their edges, overlays and
    // mouse feedback) is repainted, so the rasterizer does not redraw the whole graph on every frame
    private final Canvas canvas = new Canvas();
    private final Canvas top = new Canvas();
    private boolean topPending;
    private Set<String> dragNodes;   // ids on the top layer during a drag, else null
    private final DiagramPainter painter = new DiagramPainter();
    private final ObjectProperty<Annotations> annotations = new SimpleObjectProperty<>(this, "annotations");
    private final List<Overlay> overlays = new ArrayList<>();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private double offsetX = 40, offsetY = 40;
    private Diagram diagram;
    private boolean diagramStale = true;
    private boolean movesPending;
    private long paintNanos;
    private boolean paintPending = true;
    private long frames;
    private final List<Consumer<Long>> frameListeners = new ArrayList<>();
    private final CanvasInput input;
    final TextTooltips tooltips;

    public GraphCanvas(EditorViewModel vm) {
        this.vm = vm;
        setId("graph-canvas");
        getChildren().addAll(canvas, top);
        canvas.getTransforms().add(baseShift);
        settle.setOnFinished(e -> redraw());
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        top.setMouseTransparent(true);
        setMinSize(100, 100);
        setFocusTraversable(true);
        setStyle("-fx-background-color: " + Theme.standard().background() + ";");
        vm.changesProperty().addListener((o, a, b) -> rebuild());
        vm.liveMovesProperty().addListener((o, a, b) -> {
            movesPending = true;
            if (dragNodes == null) {
                dragNodes = new HashSet<>();
                for (Node n : vm.selection().nodes()) dragNodes.add(n.id());
                paintPending = true;
                timer.start();
            } else {
                topPending = true;
                timer.start();
            }
        });
        vm.evaluationProperty().addListener((o, a, b) -> rebuild());
        // an evaluation that ends without one (the graph has problems, or Cancel) still lets the drawing through
        vm.evaluations().runningProperty().addListener((o, was, now) -> { if (!now) rebuild(); });
        vm.selection().versionProperty().addListener((o, a, b) -> redraw());
        vm.problems().addListener((javafx.collections.ListChangeListener<Diagnostic>) c -> redraw());
        annotations.addListener((o, a, b) -> rebuild());
        input = new CanvasInput(this, vm);
        tooltips = new TextTooltips(this);
        timer.start();
    }

    /**
     * Paints at most once per pulse, however many changes arrive in between; runs only while there is
     * something to paint (every change that asks for a repaint starts it), so an idle editor uses no CPU.
     */
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
                paintNanos += System.nanoTime() - t0;
                frames++;
                for (Consumer<Long> l : List.copyOf(frameListeners)) l.accept(now);
            }
        };

    /** Whether the repaint timer is running (it stops when nothing is left to paint). */
    boolean painting() { return paintPending || topPending; }

    // ---- API ----

    /** What a double-click on a node does (the window opens a rename dialog). */
    public void setOnRename(Consumer<Node> action) { input.setOnRename(action); }

    /** Annotations to draw instead of the editor's own (null: each node's evaluated value). */
    public ObjectProperty<Annotations> annotationsProperty() { return annotations; }

    public void setAnnotations(Annotations a) { annotations.set(a); }

    /**
     * Hands every text the canvas paints from now on to {@code sink} (null: stop), and paints again: lets
     * a test read exactly what is on screen.
     */
    public void setTextSink(Consumer<String> sink) {
        painter.sink = sink;
        redraw();
    }

    /** Painters called after the diagram on every repaint. */
    public List<Overlay> overlays() { return overlays; }

    /**
     * The diagram as it is drawn now (rebuilt from the graph if it changed). A big graph's diagram is
     * built on a worker thread: until it is ready this is the last one built for the same graph, or an
     * empty one.
     */
    public Diagram diagram() {
        if (diagramStale || diagram == null) {
            Graph g = vm.graph();
            Annotations a = annotations.get() != null ? annotations.get() : EditorAnnotations.values(g, vm.evaluation());
            if (g.nodeCount() > EditorViewModel.BACKGROUND_NODES) {
                // the values are on their way: one drawing with them, not one without and one with
                if (annotations.get() == null && vm.evaluations().runningProperty().get()) return lastOf(g);
                return buildInBackground(g, a);
            }
            drawing.cancel();
            builds++;
            diagram = DiagramBuilder.build(g, a);
            diagramOf = g;
            diagramStale = false;
            movesPending = false;
        } else if (movesPending) {
            // during a drag only the moved nodes and their edges are redrawn; the full diagram follows on release
            diagram = DiagramMoves.apply(diagram, vm.graph());
            movesPending = false;
        }
        return diagram;
    }

    private final BackgroundWork drawing = new BackgroundWork();
    private Graph diagramOf;
    private long rebuilds;
    private long building = -1;
    private long builds;
    private boolean fitPending;
    private static final Diagram EMPTY = new Diagram(List.of(), List.of(), new Rect(0, 0, 0, 0));

    /** Building the drawing of a big graph (the status bar shows it). */
    public BackgroundWork drawing() { return drawing; }

    private Diagram buildInBackground(Graph g, Annotations a) {
        long request = rebuilds;
        if (building != request) {
            building = request;
            builds++;
            drawing.start("Drawing " + g.nodeCount() + " nodes", "Cannot draw the graph", p -> DiagramBuilder.build(g, a), d -> {
                building = -1;
                if (vm.graph() != g) return;
                diagram = d;
                diagramOf = g;
                diagramStale = rebuilds != request;
                movesPending = false;
                redraw();
                if (fitPending) fitToWindow();
            });
        }
        return lastOf(g);
    }

    /** The last diagram built for {@code g} (moved nodes moved), or an empty one. */
    private Diagram lastOf(Graph g) {
        if (diagram != null && diagramOf == g) {
            if (movesPending) {
                diagram = DiagramMoves.apply(diagram, g);
                movesPending = false;
            }
            return diagram;
        }
        return EMPTY;
    }

    /** How many times a drawing was built (started, for a big graph) since the canvas was made. */
    public long diagramBuilds() { return builds; }

    /** The diagram last drawn, without rebuilding it (null before the first paint). */
    public Diagram drawnDiagram() { return diagram; }

    /** Paints again on the next pulse (the diagram itself is unchanged). */
    public void redraw() {
        dragNodes = null;
        paintPending = true;
        timer.start();
    }

    /**
     * Paints only the top layer again on the next pulse: the {@link #overlays()} and mouse feedback
     * (cheap; for animations that leave the diagram alone).
     */
    public void redrawOverlays() {
        topPending = true;
        timer.start();
    }

    /** Rebuilds the diagram from the graph and paints it on the next pulse. */
    public void rebuild() {
        diagramStale = true;
        rebuilds++;
        redraw();
    }

    /** Scale from diagram to screen pixels. */
    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }

    public double zoom() { return zoom.get(); }

    /** Frames painted so far (for measuring the frame rate). */
    public long framesPainted() { return frames; }

    /** Time spent on the JavaFX thread building and painting frames so far, in nanoseconds. */
    public long paintNanos() { return paintNanos; }

    /** Called with the pulse time after every painted frame. */
    public void addFrameListener(Consumer<Long> l) { frameListeners.add(l); }

    /** Diagram coordinates of a point on this canvas. */
    public Point toDiagram(double sx, double sy) { return new Point((sx - offsetX) / zoom(), (sy - offsetY) / zoom()); }

    /** Canvas coordinates of a diagram point. */
    public Point toScreen(Point p) { return new Point(p.x() * zoom() + offsetX, p.y() * zoom() + offsetY); }

    /** Zooms by {@code factor} keeping the canvas point (sx, sy) in place. */
    public void zoomBy(double factor, double sx, double sy) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom() * factor));
        Point p = toDiagram(sx, sy);
        zoom.set(z);
        offsetX = sx - p.x() * z;
        offsetY = sy - p.y() * z;
        viewChanged();
    }

    public void zoomIn() { zoomBy(1.25, getWidth() / 2, getHeight() / 2); }

    public void zoomOut() { zoomBy(0.8, getWidth() / 2, getHeight() / 2); }

    public void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
        viewChanged();
    }

    /** Above this many nodes, zooming and panning first move the last picture and repaint when the gesture pauses. */
    static final int DEFERRED_VIEW_NODES = 150;

    private final javafx.scene.transform.Affine baseShift = new javafx.scene.transform.Affine();
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(140));
    private double paintedZoom = 1, paintedOffsetX = 40, paintedOffsetY = 40;

    /**
     * After a zoom or pan: a small graph is repainted at once; a big one (where a full repaint costs
     * several frames with the software renderer) shows its last picture scaled and shifted to the new view
     * until the wheel or the drag rests for a moment, then is repainted.
     */
    private void viewChanged() {
        if (vm.graph().nodeCount() <= DEFERRED_VIEW_NODES || dragNodes != null) {
            redraw();
            return;
        }
        double k = zoom() / paintedZoom;
        baseShift.setToTransform(k, 0, offsetX - paintedOffsetX * k, 0, k, offsetY - paintedOffsetY * k);
        topPending = true;
        timer.start();
        settle.playFromStart();
    }

    /** Shows the whole graph (a small graph is magnified at most to {@value #FIT_MAX} times). */
    public void fitToWindow() {
        Diagram shown = diagram();
        // a big graph's drawing is still being built: fit when it arrives
        fitPending = diagramStale && vm.graph().nodeCount() > EditorViewModel.BACKGROUND_NODES;
        if (fitPending) return;
        Rect b = shown.bounds();
        double w = getWidth() > 0 ? getWidth() : getPrefWidth(), h = getHeight() > 0 ? getHeight() : getPrefHeight();
        if (vm.graph().nodeCount() == 0 || b.width() <= 0 || w <= 0 || h <= 0) {
            zoom.set(1);
            offsetX = 40;
            offsetY = 40;
        } else {
            double z = Math.max(MIN_ZOOM, Math.min(FIT_MAX, Math.min(w / b.width(), h / b.height())));
            zoom.set(z);
            offsetX = (w - b.width() * z) / 2 - b.x() * z;
            offsetY = (h - b.height() * z) / 2 - b.y() * z;
        }
        redraw();
    }

    /** Whether the whole diagram, every text included, lies in the visible area. */
    public boolean showsAll() {
        return contains(view(getWidth(), getHeight()), diagram().bounds());
    }

    /** Zooms out (never in) and centres so the whole diagram, every text included, is visible again. */
    public void keepInView() {
        if (!showsAll()) fit(diagram().bounds(), zoom());
    }

    /**
     * Shows the diagram rectangle {@code b} whole and centred, magnified at most to {@code maxZoom}
     * (a little room is left around it).
     */
    public void fit(Rect b, double maxZoom) {
        double w = getWidth(), h = getHeight();
        if (b.width() <= 0 || b.height() <= 0 || w <= 0 || h <= 0) return;
        double z = Math.max(MIN_ZOOM, Math.min(maxZoom, 0.95 * Math.min(w / b.width(), h / b.height())));
        zoom.set(z);
        offsetX = (w - b.width() * z) / 2 - b.x() * z;
        offsetY = (h - b.height() * z) / 2 - b.y() * z;
        redraw();
    }

    /** The diagram point at the middle of the visible area (where palette clicks put new nodes). */
    public Point visibleCentre() { return toDiagram(getWidth() / 2, getHeight() / 2); }

    // ---- hit testing ----

    /** The model node under the canvas point, or null. */
    Node nodeAt(double sx, double sy) {
        DiagramNode d = diagramNodeAt(toDiagram(sx, sy));
        return d == null ? null : vm.graph().node(d.id());
    }

    DiagramNode diagramNodeAt(Point p) {
        List<DiagramNode> nodes = diagram().nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            DiagramNode n = nodes.get(i);
            if (n.bounds().contains(p)) return n;
        }
        return null;
    }

    /** The node whose output handle is under the canvas point, or null. */
    Node handleAt(double sx, double sy) {
        Point p = toDiagram(sx, sy);
        double r = DiagramPainter.HANDLE_RADIUS + 3 / zoom();
        for (DiagramNode n : diagram().nodes()) {
            if (DiagramPainter.handle(n).distance(p) <= r) return vm.graph().node(n.id());
        }
        return null;
    }

    /** The edge whose line passes within a few pixels of the canvas point, or null. */
    Edge edgeAt(double sx, double sy) {
        Point p = toDiagram(sx, sy);
        double tolerance = 5 / zoom();
        DiagramEdge best = null;
        double bestDistance = tolerance;
        for (DiagramEdge e : diagram().edges()) {
            if (!DiagramPainter.bounds(e).grow(tolerance).contains(p)) continue;
            for (int i = 0; i <= 24; i++) {
                double d = e.at(i / 24.0).distance(p);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e;
                }
            }
            if (e.tip().distance(p) < bestDistance) best = e;
        }
        return best == null ? null : vm.graph().edge(best.key());
    }

    /** The model nodes whose centres lie in the diagram rectangle. */
    List<Node> nodesIn(Rect r) {
        List<Node> out = new ArrayList<>();
        for (DiagramNode n : diagram().nodes()) if (r.contains(n.centre())) out.add(vm.graph().node(n.id()));
        return out;
    }

    // ---- painting ----

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            // a picture that was shown whole stays whole when the window shrinks
            boolean whole = canvas.getWidth() > 0 && diagram != null && contains(view(canvas.getWidth(), canvas.getHeight()), diagram.bounds());
            canvas.setWidth(w);
            canvas.setHeight(h);
            top.setWidth(w);
            top.setHeight(h);
            redraw();
            if (whole && vm.graph().nodeCount() > 0) keepInView();
        }
    }

    private DiagramPainter.Marks marks() {
        Graph g = vm.graph();
        Set<String> selectedNodes = new HashSet<>(), selectedEdges = new HashSet<>(), problems = new HashSet<>();
        for (Node n : vm.selection().nodes()) selectedNodes.add(n.id());
        for (Edge e : vm.selection().edges()) if (g.contains(e)) selectedEdges.add(g.key(e));
        for (Diagnostic p : vm.problems()) problems.addAll(p.nodeIds());
        return new DiagramPainter.Marks(selectedNodes, selectedEdges, problems, annotations.get() == null);
    }

    private Rect view() { return view(canvas.getWidth(), canvas.getHeight()); }

    private Rect view(double w, double h) {
        Point tl = toDiagram(0, 0), br = toDiagram(w, h);
        return new Rect(tl.x(), tl.y(), br.x() - tl.x(), br.y() - tl.y());
    }

    private static boolean contains(Rect v, Rect b) {
        return b.x() >= v.x() - 0.5 && b.y() >= v.y() - 0.5 && b.right() <= v.right() + 0.5 && b.bottom() <= v.bottom() + 0.5;
    }

    /** The diagram, without the nodes being dragged and their edges. */
    private void paintBase() {
        settle.stop();
        baseShift.setToIdentity();
        paintedZoom = zoom();
        paintedOffsetX = offsetX;
        paintedOffsetY = offsetY;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(Color.web(Theme.standard().background()));
        gc.fillRect(0, 0, w, h);
        Diagram d = diagram();
        double z = zoom();
        gc.setTransform(z, 0, 0, z, offsetX, offsetY);
        Set<String> moving = dragNodes;
        painter.paint(gc, d, view(), z, marks(), moving == null ? id -> true : id -> !moving.contains(id),
                moving == null ? e -> true : e -> !moving.contains(e.from()) && !moving.contains(e.to()));
        OpenTiming.painted(vm.graph(), d.nodes().size(), vm.graph().nodeCount());
        gc.setTransform(1, 0, 0, 1, 0, 0);
        int steps = vm.graph().timesteps();
        if (annotations.get() == null && vm.evaluation() != null && steps > 1) {
            gc.setFill(Color.web(Theme.standard().forward()));
            gc.setFont(javafx.scene.text.Font.font(12));
            String note = "values at the last time step, t = " + steps;
            if (painter.sink != null) painter.sink.accept(note);
            gc.fillText(note, 8, h - 10);
        }
        if (vm.graph().nodeCount() == 0) {
            gc.setFill(Color.web(Theme.standard().muted()));
            gc.setFont(javafx.scene.text.Font.font(14));
            gc.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
            gc.fillText("Empty graph: click or drag an op from the palette on the left to add a node;\n"
                    + "drag from a node's right handle to another node to connect them.", w / 2, h / 2);
            gc.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        }
    }

    /** The nodes being dragged with their edges, the overlays and the mouse feedback. */
    private void paintTop() {
        GraphicsContext gc = top.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, top.getWidth(), top.getHeight());
        double z = zoom();
        gc.setTransform(z, 0, 0, z, offsetX, offsetY);
        Diagram d = diagram();
        Set<String> moving = dragNodes;
        if (moving != null) {
            painter.paint(gc, d, view(), z, marks(), moving::contains, e -> moving.contains(e.from()) || moving.contains(e.to()));
        }
        String hovered = input.hovered();
        if (hovered != null && annotations.get() == null) {
            org.chainrule.draw.DiagramNode hn = d.node(hovered);
            if (hn != null) painter.paintHandle(gc, hn, z);
        }
        for (Overlay o : overlays) o.paint(gc, d, z);
        input.paintFeedback(gc, z);
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }
}
