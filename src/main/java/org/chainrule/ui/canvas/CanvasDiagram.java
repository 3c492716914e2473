package org.chainrule.ui.canvas;

import java.util.List;
import java.util.function.Supplier;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.DiagramMoves;
import org.chainrule.draw.Drawing;
import org.chainrule.engine.Evaluation;
import org.chainrule.draw.Rect;
import org.chainrule.model.Graph;
import org.chainrule.ui.BackgroundWork;
import org.chainrule.ui.EditorViewModel;

/**
 * The diagram the canvas shows, built by {@link DiagramBuilder} from the open graph and the annotations
 * when either changed, and moved by {@link DiagramMoves} during a drag. A big graph's diagram is built on
 * a worker thread. After an edit of the same graph the new diagram is made from the last one
 * ({@link Drawing#update}: only what the edit changed is placed again), not built whole.
 */
final class CanvasDiagram {
    private static final Diagram EMPTY = new Diagram(List.of(), List.of(), new Rect(0, 0, 0, 0));

    private final EditorViewModel vm;
    private final Supplier<Annotations> annotations;
    private final BackgroundWork drawing = new BackgroundWork();
    private final Runnable onBuilt;
    private Diagram diagram;
    /** The drawing {@code diagram} was made from (before any moves), of {@code diagramOf}. */
    private Drawing built;
    private Graph diagramOf;
    private boolean stale = true;
    private boolean movesPending;
    private long rebuilds;
    private long building = -1;
    private long builds;
    private long whole;
    private long updates;

    private static final boolean TIMING = Boolean.getBoolean("chainrule.timing");
    /** The value texts of the last drawing made with the editor's own annotations. */
    private EditorAnnotations.Written written = EditorAnnotations.Written.NONE;

    /** {@code annotations}: what the canvas shows instead of the editor's own, or null; {@code onBuilt}: a background build arrived. */
    CanvasDiagram(EditorViewModel vm, Supplier<Annotations> annotations, Runnable onBuilt) {
        this.vm = vm;
        this.annotations = annotations;
        this.onBuilt = onBuilt;
    }

    /**
     * The diagram as it is drawn now (rebuilt from the graph if it changed). Until a big graph's drawing
     * is ready this is the last one built for the same graph, or an empty one.
     */
    Diagram get() {
        if (stale || diagram == null) {
            Graph g = vm.graph();
            Annotations shown = annotations.get();
            Evaluation ev = vm.evaluation();
            if (isBig()) {
                // the values are on their way: one drawing with them, not one without and one with
                if (shown == null && vm.evaluations().runningProperty().get()) return lastOf(g);
                return buildInBackground(g, shown, ev);
            }
            drawing.cancel();
            builds++;
            arrived(g, make(g, shown, ev, written, lastDrawing(g)));
            stale = false;
        } else if (movesPending) {
            // during a drag only the moved nodes and their edges are redrawn; the full diagram follows on release
            diagram = DiagramMoves.apply(diagram, vm.graph());
            movesPending = false;
        }
        return diagram;
    }

    /** The diagram last built, without rebuilding it (null before the first). */
    Diagram drawn() { return diagram; }

    /**
     * The graph or the annotations changed. Until a big graph's new drawing arrives, the last one is shown
     * with the nodes that moved (an edit may have moved some) at their new places ({@link DiagramMoves}).
     */
    void rebuild() {
        stale = true;
        movesPending = true;
        rebuilds++;
    }

    /** Nodes moved during a drag. */
    void moved() { movesPending = true; }

    /** Whether a big graph's new drawing is still to come. */
    boolean pending() { return stale && isBig(); }

    long builds() { return builds; }

    /** How many of the drawings made were built whole (the others were updated from the one before). */
    long wholeBuilds() { return whole; }

    /** How many drawings were made from the one before ({@link Drawing#update}). */
    long updates() { return updates; }

    /** The drawing to update for {@code g}: the last one, when it was of the same graph. */
    private Drawing lastDrawing(Graph g) { return built != null && diagramOf == g ? built : null; }

    /** A drawing and the value texts written for it. */
    private record Made(Drawing drawing, EditorAnnotations.Written written) {}

    /**
     * The drawing of {@code g} with {@code shown}, or with the values of {@code ev} when that is null
     * (their texts taken from {@code written} where the value is unchanged): updated from {@code last}
     * when there is one, else built whole (any thread).
     */
    private static Made make(Graph g, Annotations shown, Evaluation ev, EditorAnnotations.Written written, Drawing last) {
        long t0 = System.nanoTime();
        EditorAnnotations.Values values = shown == null ? EditorAnnotations.values(g, ev, written) : null;
        long t1 = System.nanoTime();
        Annotations a = shown == null ? values.annotations() : shown;
        Drawing d = last == null ? Drawing.of(g, a) : last.update(g, a);
        if (TIMING) System.err.printf("drawing %s in %.1f ms (values written in %.1f ms)%n", d.incremental() ? "updated" : "built whole",
                (System.nanoTime() - t0) / 1e6, (t1 - t0) / 1e6);
        return new Made(d, shown == null ? values.written() : written);
    }

    private void arrived(Graph g, Made m) {
        Drawing d = m.drawing();
        written = m.written();
        if (d.incremental()) updates++;
        else whole++;
        built = d;
        diagram = d.diagram();
        diagramOf = g;
        movesPending = false;
    }

    BackgroundWork drawing() { return drawing; }

    private boolean isBig() { return vm.graph().nodeCount() > EditorViewModel.BACKGROUND_NODES; }

    /** {@code shown}: the annotations to draw, or null for the editor's own (the values of {@code ev}, written on the worker). */
    private Diagram buildInBackground(Graph g, Annotations shown, Evaluation ev) {
        long request = rebuilds;
        if (building != request) {
            building = request;
            builds++;
            Drawing last = lastDrawing(g);
            String what = last == null ? "Drawing " + g.nodeCount() + " nodes" : "Redrawing";
            EditorAnnotations.Written before = written;
            drawing.start(what, "Cannot draw the graph", p -> make(g, shown, ev, before, last), d -> {
                building = -1;
                if (vm.graph() != g) return;
                arrived(g, d);
                stale = rebuilds != request;
                onBuilt.run();
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
}
