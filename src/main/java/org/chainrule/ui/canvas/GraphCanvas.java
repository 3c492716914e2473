package org.chainrule.ui.canvas;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.Point;
import org.chainrule.draw.Rect;
import org.chainrule.draw.Theme;
import org.chainrule.engine.Diagnostic;
import org.chainrule.model.Node;
import org.chainrule.ui.BackgroundWork;
import org.chainrule.ui.EditorViewModel;

/**
 * The drawing area: paints the {@link Diagram} that {@link DiagramBuilder} makes of the open graph and
 * the current {@link Annotations} on a JavaFX {@link Canvas}, with zoom and pan. Its parts: the diagram
 * ({@link CanvasDiagram}), the view ({@link Viewport}), the painted layers ({@link CanvasLayers}), what
 * is under the mouse ({@link HitTest}), mouse and keys ({@link CanvasInput}) and the frame counts
 * ({@link FrameMetrics}).
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

    private final EditorViewModel vm;
    private final ObjectProperty<Annotations> annotations = new SimpleObjectProperty<>(this, "annotations");
    private final Viewport view = new Viewport();
    private final FrameMetrics metrics = new FrameMetrics();
    private final CanvasDiagram diagram;
    private final CanvasLayers layers;
    private final CanvasInput input;
    private boolean fitPending;
    final TextTooltips tooltips;

    public GraphCanvas(EditorViewModel vm) {
        this.vm = vm;
        setId("graph-canvas");
        diagram = new CanvasDiagram(vm, annotations::get, () -> {
            redraw();
            if (fitPending) fitToWindow();
        });
        HitTest hits = new HitTest(diagram::get, vm::graph, view);
        input = new CanvasInput(this, vm, view, hits, new CanvasInput.Repaint() {
            @Override public void redraw() { GraphCanvas.this.redraw(); }
            @Override public void redrawFeedback() { redrawOverlays(); }
        });
        layers = new CanvasLayers(vm, view, diagram::get, annotations::get, metrics, input::hovered, input::paintFeedback);
        view.setOnChange(() -> {
            fitted = false; // zoomed or panned: a resize no longer fits the graph again
            layers.viewChanged();
        });
        getChildren().addAll(layers.canvases());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(100, 100);
        setFocusTraversable(true);
        setStyle("-fx-background-color: " + Theme.standard().background() + ";");
        vm.changesProperty().addListener((o, a, b) -> rebuild());
        vm.liveMovesProperty().addListener((o, a, b) -> {
            diagram.moved();
            layers.nodesMoving();
        });
        vm.evaluationProperty().addListener((o, a, b) -> rebuild());
        // an evaluation that ends without one (the graph has problems, or Cancel) still lets the drawing through
        vm.evaluations().runningProperty().addListener((o, was, now) -> { if (!now) rebuild(); });
        vm.selection().versionProperty().addListener((o, a, b) -> redraw());
        vm.problems().addListener((ListChangeListener<Diagnostic>) c -> redraw());
        annotations.addListener((o, a, b) -> rebuild());
        tooltips = new TextTooltips(this);
    }

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
    public void setTextSink(Consumer<String> sink) { layers.setTextSink(sink); }

    /** Painters called after the diagram on every repaint. */
    public List<Overlay> overlays() { return layers.overlays(); }

    /**
     * The diagram as it is drawn now (rebuilt from the graph if it changed). A big graph's diagram is
     * built on a worker thread: until it is ready this is the last one built for the same graph, or an
     * empty one.
     */
    public Diagram diagram() { return diagram.get(); }

    /** Building the drawing of a big graph (the status bar shows it). */
    public BackgroundWork drawing() { return diagram.drawing(); }

    /** How many times a drawing was built (started, for a big graph) since the canvas was made. */
    public long diagramBuilds() { return diagram.builds(); }

    /** How many of the drawings that arrived were built whole (not updated from the one before). */
    public long diagramWholeBuilds() { return diagram.wholeBuilds(); }

    /** How many drawings were updated from the one before after an edit ({@link org.chainrule.draw.Drawing#update}). */
    public long diagramUpdates() { return diagram.updates(); }

    /** The diagram last drawn, without rebuilding it (null before the first paint). */
    public Diagram drawnDiagram() { return diagram.drawn(); }

    /** Paints again on the next pulse (the diagram itself is unchanged). */
    public void redraw() { layers.redraw(); }

    /**
     * Paints only the top layer again on the next pulse: the {@link #overlays()} and mouse feedback
     * (cheap; for animations that leave the diagram alone).
     */
    public void redrawOverlays() { layers.redrawTop(); }

    /** Rebuilds the diagram from the graph and paints it on the next pulse. */
    public void rebuild() {
        diagram.rebuild();
        redraw();
    }

    /** Scale from diagram to screen pixels. */
    public ReadOnlyDoubleProperty zoomProperty() { return view.zoomProperty(); }

    public double zoom() { return view.zoom(); }

    /** Frames painted so far (for measuring the frame rate). */
    /** How many times the diagram's layer was painted; a repaint that would show the same picture is left out. */
    public long basePaints() { return layers.basePaints(); }

    public long framesPainted() { return metrics.frames(); }

    /** Time spent on the JavaFX thread building and painting frames so far, in nanoseconds. */
    public long paintNanos() { return metrics.paintNanos(); }

    /** Called with the pulse time after every painted frame. */
    public void addFrameListener(Consumer<Long> l) { metrics.addListener(l); }

    /** Diagram coordinates of a point on this canvas. */
    public Point toDiagram(double sx, double sy) { return view.toDiagram(sx, sy); }

    /** Canvas coordinates of a diagram point. */
    public Point toScreen(Point p) { return view.toScreen(p); }

    /** Zooms by {@code factor} keeping the canvas point (sx, sy) in place. */
    public void zoomBy(double factor, double sx, double sy) { view.zoomBy(factor, sx, sy); }

    public void zoomIn() { zoomBy(1.25, getWidth() / 2, getHeight() / 2); }

    public void zoomOut() { zoomBy(0.8, getWidth() / 2, getHeight() / 2); }

    public void panBy(double dx, double dy) { view.panBy(dx, dy); }

    /**
     * How {@link #fitToWindow} frames a graph: the rectangle to show around the diagram's bounds, the largest
     * zoom, and the share of the window it may fill. The stepper makes room for the labels of every position,
     * so that the picture does not change its zoom when stepping starts.
     */
    public record FitRule(java.util.function.UnaryOperator<Rect> extent, double maxZoom, double share) {
        /** The whole diagram, magnified at most to {@value Viewport#FIT_MAX} times, filling the window. */
        public static final FitRule WHOLE = new FitRule(r -> r, Viewport.FIT_MAX, 1);
    }

    private FitRule fitRule = FitRule.WHOLE;
    /** Whether the view is as {@link #fitToWindow} left it: a resize (a panel below grew) then fits again. */
    private boolean fitted;

    /** Sets how {@link #fitToWindow} frames the graph from now on. */
    public void setFitRule(FitRule rule) { fitRule = rule; }

    /** Shows the whole graph, as the {@linkplain #setFitRule fit rule} frames it. */
    public void fitToWindow() {
        Diagram shown = diagram();
        // a big graph's drawing is still being built: fit when it arrives
        fitPending = diagram.pending();
        if (fitPending) return;
        double w = getWidth() > 0 ? getWidth() : getPrefWidth(), h = getHeight() > 0 ? getHeight() : getPrefHeight();
        if (vm.graph().nodeCount() == 0
                || !view.centre(fitRule.extent().apply(shown.bounds()), w, h, fitRule.maxZoom(), fitRule.share())) view.reset();
        fitted = vm.graph().nodeCount() > 0;
        redraw();
    }

    /** Whether the whole diagram, every text included, lies in the visible area. */
    public boolean showsAll() {
        return Viewport.contains(view.visible(getWidth(), getHeight()), diagram().bounds());
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
        fitted = false;
        if (view.centre(b, getWidth(), getHeight(), maxZoom, 0.95)) redraw();
    }

    /**
     * Pans, at the same zoom and no further than needed, so that the diagram rectangle {@code r} is in view
     * (centred along an axis it is longer than the view): the stepper follows its steps through a graph too
     * wide to show readably.
     */
    public void reveal(Rect r) {
        Rect v = view.visible(getWidth(), getHeight());
        if (getWidth() <= 0 || Viewport.contains(v, r)) return;
        double dx = shift(r.x(), r.right(), v.x(), v.right()), dy = shift(r.y(), r.bottom(), v.y(), v.bottom());
        view.panBy(dx * zoom(), dy * zoom());
        redraw();
    }

    /** How far to move the span lo..hi (in diagram units) to bring it into the view's span from..to. */
    private static double shift(double lo, double hi, double from, double to) {
        if (hi - lo > to - from) return (from + to) / 2 - (lo + hi) / 2;
        if (lo < from) return from - lo;
        if (hi > to) return to - hi;
        return 0;
    }

    /** The diagram point at the middle of the visible area (where palette clicks put new nodes). */
    public Point visibleCentre() { return toDiagram(getWidth() / 2, getHeight() / 2); }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        // a picture fitted to the window is fitted again; one shown whole stays whole when the window shrinks
        Diagram drawn = diagram.drawn();
        boolean whole = layers.width() > 0 && drawn != null
                && Viewport.contains(view.visible(layers.width(), layers.height()), drawn.bounds());
        if (!layers.resize(w, h) || vm.graph().nodeCount() == 0) return;
        if (fitted) fitToWindow();
        else if (whole) keepInView();
    }
}
