package org.chainrule.ui.stepper;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramNode;
import org.chainrule.draw.PlacedText;
import org.chainrule.draw.Rect;
import org.chainrule.draw.StepDiagram;
import org.chainrule.engine.StepCursor;
import org.chainrule.engine.StepState;
import org.chainrule.engine.Unroller;
import org.chainrule.model.Graph;
import org.chainrule.model.Node;
import org.chainrule.ui.canvas.GraphCanvas;

/**
 * How the stepper's two canvases frame the graph and follow the steps. Fit frames a small graph with room
 * for the labels of every stepper position (so that stepping never zooms); the unrolled view frames its
 * first time step when the whole graph would not be readable; a folded graph too small to read is zoomed
 * in at the first step; and a canvas that shows only part of its graph pans to each step's node.
 */
final class StepperFraming {
    /** Largest zoom the stepper's canvases pick by themselves. */
    static final double MAX_AUTO_ZOOM = 1.8;
    /** Below this zoom the unrolled view shows its first time step, and a zoomed-in folded graph is shown at it. */
    static final double READABLE_ZOOM = 0.8;
    /** Below this zoom the folded graph's numbers cannot be read: the first step zooms in to {@link #READABLE_ZOOM}. */
    static final double LEGIBLE_ZOOM = 0.6;
    /** Up to this many nodes a graph is framed for the labels of every stepper position. */
    static final int EXTENT_NODES = 200;

    private final StepperModel model;
    private final Supplier<Graph> folded;
    private final BooleanSupplier unrolledShown;
    private GraphCanvas foldedCanvas;
    private UnrolledView unrolled;
    /** The unrolled view's first time step as framed (null: the view shows the whole graph): its height stays in view. */
    private Rect band;

    /** {@code folded}: the graph the editor shows; {@code unrolledShown}: whether the unrolled view is in view. */
    StepperFraming(StepperModel model, Supplier<Graph> folded, BooleanSupplier unrolledShown) {
        this.model = model;
        this.folded = folded;
        this.unrolledShown = unrolledShown;
    }

    /** Takes charge of framing the editor's canvas and the unrolled view's. */
    void install(GraphCanvas canvas, UnrolledView view) {
        foldedCanvas = canvas;
        unrolled = view;
        // the editor's picture before stepping is framed as the stepper frames it (no jump at the first step):
        // magnified up to MAX_AUTO_ZOOM, as the exam graphs are small and their numbers are only readable a
        // little larger than 100 %, and with room for the labels of every position
        canvas.setFitRule(new GraphCanvas.FitRule(b -> unrolledShown.getAsBoolean() ? b : withEveryLabel(b), MAX_AUTO_ZOOM, 0.95));
        view.canvas().setFitRule(new GraphCanvas.FitRule(b -> unrolledShown.getAsBoolean() ? withEveryLabel(b) : b, MAX_AUTO_ZOOM, 0.95));
        // a panel that grows (a longer explanation, the chart at the end) must not push the step's node out of view
        for (GraphCanvas c : List.of(canvas, view.canvas())) {
            c.heightProperty().addListener(o -> follow());
            c.widthProperty().addListener(o -> follow());
        }
    }

    private GraphCanvas active() { return unrolledShown.getAsBoolean() ? unrolled.canvas() : foldedCanvas; }

    /** The first step of a folded graph whose fitted picture is too small to read zooms in to {@link #READABLE_ZOOM}. */
    void zoomInToRead() {
        Graph g = folded.get();
        if (unrolledShown.getAsBoolean() || foldedCanvas == null || foldedCanvas.zoom() >= LEGIBLE_ZOOM || g == null
                || g.nodeCount() > EXTENT_NODES) return;
        foldedCanvas.zoomBy(READABLE_ZOOM / foldedCanvas.zoom(), foldedCanvas.getWidth() / 2, foldedCanvas.getHeight() / 2);
    }

    /**
     * Frames the unrolled graph: whole when that is readable, else its first time step (the inits and the
     * step-1 copies) magnified as far as the stepper magnifies, then the current step.
     */
    void frameUnrolled() {
        GraphCanvas c = unrolled.canvas();
        // the chart beside it may just have taken its place: fit the canvas's own width
        unrolled.layer().applyCss();
        unrolled.layer().layout();
        c.fitToWindow();
        band = null;
        StepCursor cursor = model.cursor();
        if (c.zoom() >= READABLE_ZOOM || cursor == null) return;
        Diagram d = c.diagram();
        Rect first = null;
        for (Node n : cursor.graph().nodes()) {
            int t = Unroller.stepOf(cursor.graph(), n);
            DiagramNode dn = t == 0 || t == 1 ? d.node(n.id()) : null;
            if (dn != null) first = first == null ? dn.bounds() : first.union(dn.bounds());
        }
        if (first == null) return;
        // with room for the numbers around the nodes (the shared params below come into view when stepped)
        band = first.grow(60, 45);
        c.fit(band, MAX_AUTO_ZOOM);
        follow();
    }

    /**
     * Pans the canvas in view, when it shows only part of the graph, to the node the current step is at;
     * the unrolled view keeps the height of a time step in view when that leaves room for the node (the
     * cell's rows do not slide away when a shared param below is stepped).
     */
    void follow() {
        StepState s = model.stateProperty().get();
        GraphCanvas c = foldedCanvas == null ? null : active();
        if (c == null || s == null || s.step() == null || c.showsAll()) return;
        DiagramNode dn = c.diagram().node(s.step().nodeId());
        if (dn == null) return;
        // the node with its numbers and a little room, but never past the drawing's edge
        Rect r = dn.bounds();
        for (PlacedText t : dn.texts()) r = r.union(t.bounds());
        r = r.grow(30, 20);
        Rect band = unrolledShown.getAsBoolean() ? this.band : null;
        if (band != null) {
            Rect both = new Rect(r.x(), Math.min(r.y(), band.y()), r.width(), Math.max(r.bottom(), band.bottom()) - Math.min(r.y(), band.y()));
            if (both.height() * c.zoom() <= c.getHeight()) r = both;
        }
        Rect b = c.diagram().bounds();
        double x = Math.max(r.x(), b.x()), y = Math.max(r.y(), b.y());
        c.reveal(new Rect(x, y, Math.min(r.right(), b.right()) - x, Math.min(r.bottom(), b.bottom()) - y));
    }

    /**
     * {@code b} and the labels of every stepper position, not just this one's (the sums of the backward pass
     * are wider), for a graph small enough to be stepped on opening.
     */
    private Rect withEveryLabel(Rect b) {
        Graph g = folded.get();
        if (g == null || g.nodeCount() > EXTENT_NODES) return b;
        StepCursor cursor = model.cursor();
        return cursor == null || cursor.graph().nodeCount() > EXTENT_NODES ? b : b.union(StepDiagram.extent(cursor, 40));
    }
}
