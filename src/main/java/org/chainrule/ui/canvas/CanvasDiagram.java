package org.chainrule.ui.canvas;

import java.util.List;
import java.util.function.Supplier;
import org.chainrule.draw.Annotations;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.DiagramBuilder;
import org.chainrule.draw.DiagramMoves;
import org.chainrule.draw.Rect;
import org.chainrule.model.Graph;
import org.chainrule.ui.BackgroundWork;
import org.chainrule.ui.EditorViewModel;

/**
 * The diagram the canvas shows, built by {@link DiagramBuilder} from the open graph and the annotations
 * when either changed, and moved by {@link DiagramMoves} during a drag. A big graph's diagram is built on
 * a worker thread.
 */
final class CanvasDiagram {
    private static final Diagram EMPTY = new Diagram(List.of(), List.of(), new Rect(0, 0, 0, 0));

    private final EditorViewModel vm;
    private final Supplier<Annotations> annotations;
    private final BackgroundWork drawing = new BackgroundWork();
    private final Runnable onBuilt;
    private Diagram diagram;
    private Graph diagramOf;
    private boolean stale = true;
    private boolean movesPending;
    private long rebuilds;
    private long building = -1;
    private long builds;

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
            Annotations a = annotations.get() != null ? annotations.get() : EditorAnnotations.values(g, vm.evaluation());
            if (isBig()) {
                // the values are on their way: one drawing with them, not one without and one with
                if (annotations.get() == null && vm.evaluations().runningProperty().get()) return lastOf(g);
                return buildInBackground(g, a);
            }
            drawing.cancel();
            builds++;
            diagram = DiagramBuilder.build(g, a);
            diagramOf = g;
            stale = false;
            movesPending = false;
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

    BackgroundWork drawing() { return drawing; }

    private boolean isBig() { return vm.graph().nodeCount() > EditorViewModel.BACKGROUND_NODES; }

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
                stale = rebuilds != request;
                movesPending = false;
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
